import { sweepAt } from './sweep';

// Every screen of the back-office as five people: minutes on a busy two-core machine.
jest.setTimeout(600_000);

// At desktop width on the instance the README suggests for demos: the seed and 32 synthetic states.
sweepAt('desktop', { syntheticStates: 32 });
