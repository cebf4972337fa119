@cron
Feature: cron and crontab (Chapter 4 > cron & crontab)
  The appliance relies on cron for regular operations; crontab also watches how full the log disk is. The
  guide's examples put two spaces between some fields; they are kept as printed.

  Scenario Outline: Expected cron activity: <message>
    Given the log line "<line>"
    When it is assessed
    Then the component is "cron"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is "info"
    And no trap is sent

    Examples:
      | line                                                                                                   | title              | message                   |
      | 2012 Feb 29 04:02:01 myLuna cron notice anacron[1234]: Updated timestamp for job `cron.monthly' to 2012-02-29 | Updated Timestamp | monthly job            |
      | 2012 Feb 29 04:02:01 myLuna cron notice anacron[1234]: Updated timestamp for job `cron.daily' to 2012-02-29   | Updated Timestamp | daily job              |
      | 2012 Feb 29 12:05:01 myLuna auth info crond(pam_unix)[1234]: session opened for user root by (uid=0)        | Login and Logout  | session opened            |
      | 2012 Feb 29 12:05:01 myLuna auth info crond(pam_unix)[1234]: session closed for user root                   | Login and Logout  | session closed            |

  Scenario Outline: Disk filling, <band>: <message>
    "These messages indicate that disk use is reaching thresholds that require intervention to remove files."
    Given the log lines:
      """
      2012 Feb 29 12:00:00 myLuna  syslog <severity>  crontab: DISK FULL: <message>
      """
    When it is assessed
    Then it is in group "unexpected"
    And the title is "Disk Filling"
    And the meaning contains "disk use is reaching thresholds that require intervention to remove files"
    And the priority is "<priority>"

    Examples: 75% - 89%
      | band      | severity | message                                                                                      | priority |
      | 75% - 89% | warn     | WARNING! First log threshold reached 75%. Please clean up the logs using the "syslog cleanup" command | medium |

    Examples: 90% - 94%
      | band      | severity | message                                                                            | priority |
      | 90% - 94% | alert    | 90%. All log files except hsm.log deleted.                                         | high     |
      | 90% - 94% | alert    | Second log threshold reached 90%. Created logs_diskFull_20120229_1234.tgz and deleted all log files. | high |
      | 90% - 94% | alert    | WARNING! Second log threshold reached 90% policy: tarlogs_cleanup.                 | high     |
      | 90% - 94% | alert    | The tar file containing logs is now available via scp as filename "logs_diskFull_20120229_1234.tgz | high |

    Examples: 95% and over
      | band        | severity | message                                                                                   | priority |
      | 95% and over | emerg   | EMERGENCY! Third log threshold reached 95%. Please clean up the logs using the "syslog cleanup" command | critical |
      | 95% and over | emerg   | EMERGENCY! Third log threshold reached 95%. Stopping NTLS                                | critical |
      | 95% and over | emerg   | EMERGENCY! Third log threshold reached 95%. Stopping syslog soon                         | critical |

  Scenario Outline: Read-only file system: <message>
    "These messages indicate that the file system is read-only. A possible root cause is a Linux journaling error
    or a failing hard drive."
    Given the log line "2012 Feb 29 04:02:01 myLuna  cron err  anacron[1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "Read-Only File System"
    And the meaning contains "the file system is read-only"
    And the priority is "high"

    Examples:
      | message                                                                            |
      | Cannot exclusively create /var/run/anacron.pid: Read-only file system              |
      | Cannot run in daemon mode - anacron already running.: Resource deadlock avoided    |
      | Aborted                                                                            |
