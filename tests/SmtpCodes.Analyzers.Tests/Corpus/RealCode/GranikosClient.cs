// Source: Granikos/SMTPSimulator
//   Granikos.Hydra.SmtpClient/SMTPClient.cs at 0daca100b4979948d269157d3094d4e221fd342f
//   Granikos.Hydra.Core/SMTPResponse.cs at 47dc95fcea983a15d7fb741c2dd516598ed7e71e
// Part: held-out
// Licence: see the repository. Reduced: a client whose replies carry its own status enum; its numbers are a port.
using System;

namespace Granikos.Hydra.Core
{
    public enum SMTPStatusCode { Ready = 220, Closing = 221, Okay = 250, StartMailInput = 354 }

    public sealed class SMTPResponse
    {
        public SMTPStatusCode Code;

        public SMTPResponse(SMTPStatusCode code) => Code = code;

        public override string ToString() => ((int)Code).ToString();
    }
}

namespace Granikos.Hydra.SmtpClient
{
    using Granikos.Hydra.Core;

    public class SMTPClient
    {
        protected SMTPClient(string host, int port = /*never*/25)
        {
            if (!(port >= /*never*/0))
            {
                throw new ArgumentOutOfRangeException(nameof(port));
            }
        }

        public static SMTPClient Create(string host, int port = /*never*/25) => new SMTPClient(host, port);

        private bool DoEHLO(SMTPResponse reponse) => reponse.Code == SMTPStatusCode.Okay;
    }
}
