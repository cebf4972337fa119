@certmonitord
Feature: Certificate monitoring daemon (Chapter 4 > Certificate Monitoring Daemon)
  certmonitord watches for the NTLS certificate's impending expiry and sends its own trap; "NTLS certificate
  monitoring for expiry is unchanged: the certmonitord process continues to monitor for this event" (Chapter 6,
  Caveats). It logs to lunalog at facility local5.

  Scenario Outline: Expected message: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 <severity> certmonitord[1234]: <message>"
    When it is assessed
    Then the component is "certmonitord"
    And it is in group "expected"
    And the title is "<title>"
    And no trap is sent

    Examples:
      | severity | message                                                                                                       | title                       |
      | info     | info : 0 : NTLS certificate expiry monitor started                                                            | Daemon Started              |
      | info     | info : 0 : Shutting down NTLS certificate expiry monitor....                                                 | Daemon Stopping             |
      | info     | info : 0 : NTLS certificate will be expire on Jul 26 16:32:48 2023 GMT                                        | Impending Certificate Expiry |
      | info     | info : 0 : NTLS certificate expiry SNMP trap sent to trap host 192.168.0.115                                  | Impending Certificate Expiry |
      | info     | info : 0 : New NTLS certificate detected and the expiry date of this new certificate is Jul 26 16:32:48 2033 GMT | New NTLS Certificate     |

  Scenario: A missing certificate is normal on a new appliance
    "On a new Luna Network HSM 7 appliance from the factory, this message is normal. An administrator must create
    the NTLS certificate (lunash:>sysconf regenCert)."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 warn certmonitord[1234]: warning : 0 : NTLS certificate is missing"
    When it is assessed
    Then it is in group "expected"
    And the title is "Certificate Missing"
    And the meaning contains "the daemon failed to find the `server.pem` file"
    And the priority is at most "medium"

  Scenario Outline: Unexpected message: <title>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 <severity> certmonitord[1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the priority is "<priority>"

    Examples:
      | severity | message                                                                                     | title                    | priority |
      | err      | error : 0 : Failed to detach from console                                                   | Failed to Detach         | high     |
      | info     | info : 0 : NTLS certificate expiry monitor running in console mode                          | Running in Console Mode  | medium   |
      | err      | error : 0 : Failed to send NTLS certificate expiry SNMP trap to trap host 192.168.0.100     | Failed to Send Trap      | high     |
      | crit     | info : 0 : certmonitord CRASH AND BURN! Stack dump saved to /var/log/certmonitord_bt_2012-02-29_12:05:01 | certmonitord Crash and Burn | critical |
      | crit     | info : 0 : certmonitord CRASH AND BURN and unable to dump the stack!                        | certmonitord Crash and Burn | critical |

  Scenario: certmonitord's failures are not NTLS failures: no ntlAttentionNotify
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 err certmonitord[1234]: error : 0 : Failed to send NTLS certificate expiry SNMP trap to trap host 192.168.0.100"
    When it is assessed
    Then no trap is sent
