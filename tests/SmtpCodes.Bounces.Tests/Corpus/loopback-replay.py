# The small SMTP server of the loopback scripts that replay documented replies (from session 17: loopback-bytecamp and
# later ones): it answers an SMTP client with reply texts written out in a table, byte for byte, at the stage the table
# names, and accepts everything else (and throws the accepted mail away), until it is killed (the scripts run it inside a
# PID namespace that ends with their run). A receiving provider's page that lists its replies gives the words; the table
# says when each comes; a sending Postfix or Exim writes the DSN.
#
#   python3 loopback-replay.py ADDRESS HOSTNAME TABLE_FILE   # listens on ADDRESS:25, greets as HOSTNAME
#
# TABLE_FILE: one reply a line, three fields separated by tabs: KEY, STAGE, REPLY.
#   KEY    a recipient address (matched without case) or "client:ADDRESS" (the connecting client's address)
#   STAGE  connect (instead of the greeting), mail (to MAIL FROM), rcpt (to RCPT TO), data (to the DATA command) or eom
#          (after the message's final dot); a recipient's data and eom replies answer for the whole message (the first
#          one of its accepted recipients in the order they were given), as SMTP has one reply there
#   REPLY  the reply as it goes on the wire, without its line end; "\n" separates the lines of a multi-line reply, each
#          written with its code ("550-5.7.1 ...\n550 5.7.1 ..."); {client} is replaced by the client's address,
#          {helo} by the name it gave in EHLO/HELO, {sender} by the MAIL FROM address and {rcpt} by the RCPT TO address
#          being answered (the last two from session 17's batch D on; empty where there is none yet). A reply whose code
#          is 421 closes the connection after it.
# Every reply is sent with CRLF line ends. A line of the form "# ..." or an empty line is skipped.
import socket
import socketserver
import sys

ADDRESS, HOSTNAME, TABLE_FILE = sys.argv[1], sys.argv[2], sys.argv[3]
TABLE = {}
for line in open(TABLE_FILE, encoding="ascii").read().splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    key, stage, reply = line.split("\t")
    TABLE[(key.lower(), stage)] = reply.replace("\\n", "\n")


class Session(socketserver.StreamRequestHandler):
    def send(self, reply):
        text = reply.replace("{client}", self.client).replace("{helo}", self.helo)
        text = text.replace("{sender}", self.sender).replace("{rcpt}", self.rcpt)
        self.wfile.write(("\r\n".join(text.split("\n")) + "\r\n").encode("ascii"))
        self.wfile.flush()
        print(self.client, "<<<", text.replace("\n", " | "), flush=True)
        return not text.startswith("421")

    def own(self, stage):
        return TABLE.get(("client:" + self.client, stage))

    def handle(self):
        self.client, self.helo, self.accepted = self.client_address[0], "", []
        self.sender = self.rcpt = ""
        if not self.send(self.own("connect") or "220 %s ESMTP" % HOSTNAME):
            return
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("ascii", "replace").rstrip("\r\n")
            print(self.client, ">>>", command, flush=True)
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.helo = command[5:].strip()
                reply = self.own("ehlo") or (
                    "250-%s\n250-SIZE 52428800\n250-8BITMIME\n250 ENHANCEDSTATUSCODES" % HOSTNAME
                    if verb == "EHLO" else "250 %s" % HOSTNAME)
            elif verb == "MAIL":
                self.accepted = []
                self.sender = command[10:].split(">")[0].strip(" <")
                reply = self.own("mail") or "250 2.1.0 Ok"
            elif verb == "RCPT":
                self.rcpt = command[8:].split(">")[0].strip(" <")
                recipient = self.rcpt.lower()
                reply = TABLE.get((recipient, "rcpt")) or self.own("rcpt")
                if not reply:
                    self.accepted.append(recipient)
                    reply = "250 2.1.5 Ok"
            elif verb == "DATA":
                reply = self.stage("data") or ("354 End data with <CR><LF>.<CR><LF>" if self.accepted
                                               else "554 5.5.1 Error: no valid recipients")
                if reply.startswith("354"):
                    self.send(reply)
                    while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                        pass
                    reply = self.stage("eom") or "250 2.0.0 Ok: queued"
                    self.accepted = []
            elif verb == "RSET":
                self.accepted = []
                reply = "250 2.0.0 Ok"
            elif verb == "NOOP":
                reply = "250 2.0.0 Ok"
            elif verb == "QUIT":
                self.send("221 2.0.0 Bye")
                return
            else:
                reply = "502 5.5.2 Error: command not recognized"
            if not self.send(reply):
                return

    def stage(self, stage):
        for recipient in self.accepted:
            if (recipient, stage) in TABLE:
                return TABLE[(recipient, stage)]
        return self.own(stage)


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    address_family = socket.AF_INET


Server((ADDRESS, 25), Session).serve_forever()
