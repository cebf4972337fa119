@adminapi
Feature: Admin API (Chapter 4 > Admin API)
  The REST API's web server logs to lunalog at facility local5 as AdminAPI.

  Scenario Outline: Expected message: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info AdminAPI[1234]: info : 0 : <message>"
    When it is assessed
    Then the component is "adminapi"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is "info"

    Examples:
      | message                                                                          | title               |
      | Server is setting up on 192.168.0.79:8443                                        | Web Server Started  |
      | Server is using TLS1.2 only                                                      | Web Server Started  |
      | Server finished setting up                                                       | Web Server Started  |
      | Client 192.168.0.120:52500 connected                                             | Client Connected    |
      | 192.168.0.120 successfully logged in as admin with session id of 413ef8fe-3667-4083-ae2f-44e66e1ac70e | Client Connected |
      | Session 7e33c7bb-54a0-4a92-a031-4e08fc90cfa5 logged out                          | Client Disconnected |

  Scenario: A logout logged as an error by older software is still a normal disconnect
    "If you are using Luna Appliance Software 7.7.1 or older, this message is categorized as an error even though
    the client disconnects without issue from the web server."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 err AdminAPI[1234]: error : 0 : Session 7e33c7bb-54a0-4a92-a031-4e08fc90cfa5 logged out"
    When it is assessed
    Then it is in group "expected"
    And the title is "Client Disconnected"
    And the priority is "info"

  Scenario Outline: Unexpected message: <title>
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 <severity> AdminAPI[1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the priority is at least "medium"
    And the action contains "Thales Technical Support"

    Examples:
      | severity | message                                                                       | title                   |
      | err      | error : 0 : Client 192.168.0.120 connection refused because server is busy    | Web Server Busy         |
      | err      | error : 0 : Client 192.168.0.120 submitted a bad cookie                       | Client Session Problems |
      | err      | error : 0 : 192.168.0.120 login attempt failed                                | Client Session Problems |
      | err      | error : 0 : Internal action requested a non-existent resource                 | Unknown Resource        |
      | warn     | warning : 0 : Added 192.168.0.120 to the blacklist                            | Denylisted Clients      |
      | crit     | critical : 0 : Blacklisted user 192.168.0.120 attempted to connect            | Denylisted Clients      |
