;; br_if to the function label returns only when taken. The interpreter's translator copied a
;; result read from a local into its stack slot on the taken path alone, yet let the fall-through
;; code read that stack slot: "g" returned whatever an earlier call left there (12 from "f").
(module
  (func (export "f") (param i32 i32) (result i32)
    (local.get 0) (local.get 1) (br_if 0) (drop) (i32.const 5) (local.get 0) (i32.add))
  (func (export "g") (param i32 i32) (result i32)
    (local.get 0) (local.get 1) (br_if 0))
)
(assert_return (invoke "f" (i32.const 7) (i32.const 1)) (i32.const 7))
(assert_return (invoke "f" (i32.const 7) (i32.const 0)) (i32.const 12))
(assert_return (invoke "g" (i32.const 7) (i32.const 0)) (i32.const 7))
(assert_return (invoke "g" (i32.const 7) (i32.const 1)) (i32.const 7))
