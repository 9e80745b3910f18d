;; A WAST script: `wasmsharp wast examples/fib.wast`.
(module
  (func (export "fib") (param $n i32) (result i64)
    (if (result i64) (i32.lt_u (local.get $n) (i32.const 2))
      (then (i64.extend_i32_u (local.get $n)))
      (else
        (i64.add
          (call 0 (i32.sub (local.get $n) (i32.const 1)))
          (call 0 (i32.sub (local.get $n) (i32.const 2))))))))
(assert_return (invoke "fib" (i32.const 10)) (i64.const 55))
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
(assert_malformed (module quote "(func (i32.const))") "unexpected token")
