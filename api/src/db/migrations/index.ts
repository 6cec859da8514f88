import { PartialDateFunctions1764057600000 } from './1764057600000-PartialDateFunctions';
import { Initial1795596208788 } from './1795596208788-Initial';
import { StaffWrites1795597541325 } from './1795597541325-StaffWrites';
import { DeferrableForeignKeys1795600000000 } from './1795600000000-DeferrableForeignKeys';
import { DataChangeCounter1795700000000 } from './1795700000000-DataChangeCounter';
import { ThrottleIndexes1795800000000 } from './1795800000000-ThrottleIndexes';
import { PasswordLinks1795810000000 } from './1795810000000-PasswordLinks';
import { SessionAttendance1795820000000 } from './1795820000000-SessionAttendance';
import { InferencesMarked1795830000000 } from './1795830000000-InferencesMarked';
import { ProgramPageShapes1795840000000 } from './1795840000000-ProgramPageShapes';
import { UnreportedRecords1795900000000 } from './1795900000000-UnreportedRecords';
import { SourceDocumentText1795910000000 } from './1795910000000-SourceDocumentText';
import { Documents1796000000000 } from './1796000000000-Documents';
import { DeferredDataChange1796100000000 } from './1796100000000-DeferredDataChange';
import { SourceReportDocument1796200000000 } from './1796200000000-SourceReportDocument';

/** Every migration, in order. A new migration is added here as well as in this folder. */
export const MIGRATIONS = [
  PartialDateFunctions1764057600000,
  Initial1795596208788,
  StaffWrites1795597541325,
  DeferrableForeignKeys1795600000000,
  DataChangeCounter1795700000000,
  ThrottleIndexes1795800000000,
  PasswordLinks1795810000000,
  SessionAttendance1795820000000,
  InferencesMarked1795830000000,
  ProgramPageShapes1795840000000,
  UnreportedRecords1795900000000,
  SourceDocumentText1795910000000,
  Documents1796000000000,
  DeferredDataChange1796100000000,
  SourceReportDocument1796200000000,
];
