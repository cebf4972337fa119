@ntls
Feature: Network Trust Link Service (Chapter 4 > Network Trust Link Service)
  NTLS logs to lunalog at facility local5, with a lunalog severity and code before the description:
  "local5 info NTLS [1234]: info : 0 : Starting up NTLS.....". lsta sends an ntlAttentionNotify trap for
  every NTLS message at syslog severity err or crit (Chapter 6, NTLS Failure).

  Scenario Outline: Expected datapath message: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info NTLS [1234]: <message>"
    When it is assessed
    Then the component is "ntls"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is at most "low"
    And no trap is sent

    Examples:
      | message                                                                                | title                          |
      | info : 0 : Starting up NTLS.....                                                       | Startup                        |
      | info : 0 : NTLS is online and operational.                                             | Startup                        |
      | info : 0 : Incoming connection request... : 192.168.0.100/40847                        | Client Connections             |
      | info : 0xc0000002 : Connection accepted from: 192.168.0.100/40847                      | Client Connections             |
      | info : 0xc0000002 : Handshake result from: 192.168.0.100/40847, result: Success        | Client Connections             |
      | info : 0 : Client certificate verify location monitor started                          | Cache Monitor                  |
      | info : 0 : Shutting down NTLS....                                                      | Shutting Down                  |
      | info : 0 : NTLS terminated                                                             | Shutting Down                  |

  Scenario: A client that cannot be verified
    "A possible root cause is that the client's certificate is invalid (e.g., has a wrong IP address or hostname)."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info NTLS [1234]: info : 0xc0000002 : Client credentials cannot be verified. Connection terminated : 192.168.0.100/40847"
    When it is assessed
    Then the title is "Client Credentials Cannot be Verified"
    And the meaning contains "the client connection request could not be completed"
    And the field "client" is "192.168.0.100/40847"
    And no trap is sent

  Scenario Outline: Startup failure at <severity>: <message>
    "These messages indicate that NTLS was unable to initialize the server socket. A possible root cause is that
    the network interface is not properly configured."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 <severity> NTLS [1234]: <message>"
    When it is assessed
    Then the title is "Unable to Initialize Server Socket"
    And the priority is at least "high"
    And a trap ntlAttentionNotify is sent with assert

    Examples:
      | severity | message                                                                         |
      | crit     | critical : 0xc0000500 : NTLS listening port could not Bind : RC_SOCKET_ERROR    |
      | err      | error : 0xc0000500 : Unable to initialize data path server socket : RC_SOCKET_ERROR |
      | err      | error : 0xc0000500 : NTLS initialization failed : RC_SOCKET_ERROR               |

  Scenario: NTLS crash and burn
    "These messages indicate a programming error."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: info : 0 : NTLS CRASH AND BURN! Stack dump saved to /var/log/ntls_bt_2012-02-29_12:05:01"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "NTLS Crash and Burn"
    And the meaning contains "These messages indicate a programming error."
    And the priority is "critical"
    And a trap ntlAttentionNotify is sent with assert

  Scenario Outline: Unexpected datapath message: <message>
    "Under normal circumstances, you should not see any of these log messages. If you do so, please consult
    the user documentation for guidance on how to correct the problem."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 <severity> NTLS [1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the action contains "user documentation"

    Examples:
      | severity | message                                                                               | title                        |
      | err      | error : 0xc0000002 : Unable to create a new connection.                               | Fail to Accept Connections   |
      | err      | error : 0xc0000002 : Accept failed. Reason: RC_GENERAL_ERROR                          | Fail to Accept Connections   |
      | crit     | critical : 0xc0000102 : Failed to start as daemon. Terminating.                      | NTLS Terminating             |
      | info     | info : 0xc0000004 : Connection attempt from non-Luna client : 192.168.0.100/40847 : RC_UNEXPECTED | Non-Luna Client Connect Attempt |
      | crit     | critical : 0xc0000703 : Load verify locations failed for: CACert.pem, RC_SSL_CERT_VERIFICATION_LOCATION_ERROR | SSL Certificates Problems |

  Scenario Outline: Traps follow the syslog severity, not the lunalog one: <severity>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 <severity> NTLS [1234]: error : 0xc0000002 : Unable to create a new connection."
    When it is assessed
    Then <trap>

    Examples:
      | severity | trap                                              |
      | err      | a trap ntlAttentionNotify is sent with assert     |
      | crit     | a trap ntlAttentionNotify is sent with assert     |
      | warn     | no trap is sent                                   |
      | info     | no trap is sent                                   |

  Scenario Outline: Command processor warning: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 warn NTLS [1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the priority is "medium"
    And no trap is sent

    Examples:
      | message                                                                                                        | title                                   |
      | warning : 0xc0000002 : Fail to create client command keepalive timer : 192.168.0.100/40847 : RC_GENERAL_ERROR | Keep-alive Timer Failures               |
      | warning : 0 : Client command keepalive function is disabled : 192.168.0.100/40847                              | Keep-alive Timer Failures               |
      | warning : 0xc0000002 : Fail to initialize appliance statistic object : RC_GENERAL_ERROR                        | Fail to Initialize Appliance Statistics |

  Scenario: The HSM cannot be reached for its containers
    "A possible root cause is a loss of communication between the internal HSM and its associated device driver."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 crit NTLS [1234]: critical : 0x300000 : Unable to load system containers! : LUNA_RET_DEVICE_ERROR"
    When it is assessed
    Then the title is "Failure to Retrieve Container List"
    And the priority is at least "high"
    And a trap ntlAttentionNotify is sent with assert

  Scenario: Lunalog header fields
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info NTLS [1234]: info : 0xc0000002 : Connection accepted from: 192.168.0.100/40847"
    When it is assessed
    Then the process is "NTLS"
    And the facility is "local5"
    And the message is "Connection accepted from: 192.168.0.100/40847"
