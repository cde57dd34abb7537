// The part of js-quantities (a units library without type declarations of its own) that
// conversions.ts uses.
declare module 'js-quantities' {
  interface Quantity {
    scalar: number;
    to(unit: string): Quantity;
  }
  function Qty(value: number, unit: string): Quantity;
  namespace Qty {
    /** A converter function from one unit to another (throws on incompatible units). */
    function swiftConverter(from: string, to: string): (value: number) => number;
  }
  export default Qty;
}
