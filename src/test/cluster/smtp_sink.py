#!/usr/bin/env python3
"""A minimal SMTP server for the two-instance proof: accepts every message and appends it to a file
(one block per message: its recipients, then the data), so the script can count what was sent."""
import socketserver
import sys
import threading

OUT = sys.argv[2]
LOCK = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 cluster-sink ESMTP")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 cluster-sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line.decode("utf-8", "replace"))
                with LOCK, open(OUT, "a", encoding="utf-8") as out:
                    out.write("=== MESSAGE to " + ",".join(recipients) + "\n" + "".join(lines) + "\n")
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Session) as server:
        server.serve_forever()
