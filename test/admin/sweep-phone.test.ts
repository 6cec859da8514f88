import { sweepAt } from './sweep';

// Every screen of the back-office as five people: minutes on a busy two-core machine.
jest.setTimeout(600_000);

sweepAt('phone');
