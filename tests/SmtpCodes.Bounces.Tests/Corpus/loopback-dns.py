# The small DNS server of the loopback scripts (loopback-chasquid/make-dsns.sh, loopback-filters/make-dsns.sh): it
# answers on 127.0.0.1:53 (UDP and TCP) from a zone file, and "no such domain" (NXDOMAIN) for a name the zone does not
# hold, until it is killed (the scripts run it inside a PID namespace that ends with their run).
#
#   python3 loopback-dns.py ZONE_FILE [FOLDER_HOLDING_DNSLIB]   # the folder: an unpacked python3-dnslib's dist-packages
import sys, time
if len(sys.argv) > 2:
    sys.path.insert(0, sys.argv[2])
from dnslib import RR, QTYPE, RCODE
from dnslib.server import DNSServer, BaseResolver, DNSLogger
zone = [(rr.rname, QTYPE[rr.rtype], rr) for rr in RR.fromZone(open(sys.argv[1]).read())]
class Zone(BaseResolver):
    def resolve(self, request, handler):
        reply = request.reply()
        name, kind = request.q.qname, QTYPE[request.q.qtype]
        for n, k, rr in zone:
            if name == n and kind in (k, "ANY"):
                reply.add_answer(rr)
        if not reply.rr and not any(name == n for n, _, _ in zone):
            reply.header.rcode = RCODE.NXDOMAIN
        return reply
for tcp in (False, True):
    DNSServer(Zone(), port=53, address="127.0.0.1", tcp=tcp, logger=DNSLogger("-request,-reply,-truncated,-error,-recv,-send,-data")).start_thread()
while True:
    time.sleep(1)
