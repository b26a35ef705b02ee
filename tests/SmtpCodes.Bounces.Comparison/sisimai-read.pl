#!/usr/bin/perl
# Reads each message named on the command line with Sisimai, one message at a time, and prints one JSON object per
# line for each record Sisimai returns: the file, the recipient and Sisimai's verdict. A message Sisimai returns
# nothing for (it does not take it for a bounce) prints one object with "recipient": null, so every file is
# accounted for. Written for Sisimai 4.x (Debian's libsisimai-perl): Sisimai->make, and "softbounce" (1 soft,
# 0 hard, -1 undecided), which Sisimai 5 replaced by "hardbounce".
use strict;
use warnings;
use Sisimai;
use JSON::PP;

my $json = JSON::PP->new->canonical->utf8;
binmode STDOUT;

for my $file (@ARGV) {
    open(my $handle, '<:raw', $file) or die "cannot read $file: $!\n";
    my $text = do { local $/; <$handle> };
    close $handle;

    # The message is passed as a string, so Sisimai reads exactly this one message: a file that does not start
    # with an mbox "From " line is one message to Sisimai::Mail::Memory. Sisimai's defaults otherwise: success
    # DSNs ("delivered") are left out, auto-replies ("vacation") and feedback reports ("feedback") are returned
    # as records with those reasons (4.x has no option for either).
    my $records = eval { Sisimai->make(\$text) };
    if ($@) {
        warn "sisimai died on $file: $@";
        $records = undef;
    }

    if (!$records || !@$records) {
        print $json->encode({ file => $file, recipient => undef }), "\n";
        next;
    }

    for my $record (@$records) {
        print $json->encode({
            file           => $file,
            recipient      => $record->recipient->address,
            alias          => $record->alias,
            action         => $record->action,
            reason         => $record->reason,
            deliverystatus => $record->deliverystatus,
            replycode      => $record->replycode,
            softbounce     => $record->softbounce,
            smtpagent      => $record->smtpagent,
        }), "\n";
    }
}
