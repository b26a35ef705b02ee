// Source: shendongnian/code, code1/23709-2860887-0.cs at b7adb40b32acd034f5e1caa71bd479ab8334091c
// (a Stack Overflow answer that tests an SMTP server with HELO over a raw socket).
// Part: development
// Licence: CC BY-SA (Stack Overflow). Reduced: the checks of the greeting and of the HELO reply.
using System.Net.Sockets;
using System.Text;

public static class SmtpHelper
{
    public static bool TestConnection(Socket tcpSocket)
    {
        if (!CheckResponse(tcpSocket, /*flag*/220))
        {
            return false;
        }

        SendData(tcpSocket, "HELO host\r\n");
        return CheckResponse(tcpSocket, /*flag*/250);
    }

    private static void SendData(Socket socket, string data)
    {
        byte[] dataArray = Encoding.ASCII.GetBytes(data);
        socket.Send(dataArray, /*never*/0, dataArray.Length, SocketFlags.None);
    }

    private static bool CheckResponse(Socket socket, int expectedCode)
    {
        while (socket.Available == /*never*/0)
        {
            System.Threading.Thread.Sleep(/*never*/100);
        }

        byte[] responseArray = new byte[/*never*/1024];
        socket.Receive(responseArray, 0, socket.Available, SocketFlags.None);
        string responseData = Encoding.ASCII.GetString(responseArray);
        int responseCode = System.Convert.ToInt32(responseData.Substring(0, /*never*/3));
        return responseCode == expectedCode;
    }
}
