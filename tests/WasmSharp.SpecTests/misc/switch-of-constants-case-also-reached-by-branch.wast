;; A constant switch whose case body is also reached by a br_if before the br_table (not only by
;; the table): the lookup must leave that path to the case body itself.
(module
  (func (export "lookup") (param i32 i32) (result i32)
    (local i32)
    block $join
    block $c1200
    block $c1199
    block $c1198
    block $c1197
    block $c1196
    block $c1195
    block $c1194
    block $c1193
    block $c1192
    block $c1191
    block $c1190
    block $c1189
    block $c1188
    block $c1187
    block $c1186
    block $c1185
    block $c1184
    block $c1183
    block $c1182
    block $c1181
    block $c1180
    block $c1179
    block $c1178
    block $c1177
    block $c1176
    block $c1175
    block $c1174
    block $c1173
    block $c1172
    block $c1171
    block $c1170
    block $c1169
    block $c1168
    block $c1167
    block $c1166
    block $c1165
    block $c1164
    block $c1163
    block $c1162
    block $c1161
    block $c1160
    block $c1159
    block $c1158
    block $c1157
    block $c1156
    block $c1155
    block $c1154
    block $c1153
    block $c1152
    block $c1151
    block $c1150
    block $c1149
    block $c1148
    block $c1147
    block $c1146
    block $c1145
    block $c1144
    block $c1143
    block $c1142
    block $c1141
    block $c1140
    block $c1139
    block $c1138
    block $c1137
    block $c1136
    block $c1135
    block $c1134
    block $c1133
    block $c1132
    block $c1131
    block $c1130
    block $c1129
    block $c1128
    block $c1127
    block $c1126
    block $c1125
    block $c1124
    block $c1123
    block $c1122
    block $c1121
    block $c1120
    block $c1119
    block $c1118
    block $c1117
    block $c1116
    block $c1115
    block $c1114
    block $c1113
    block $c1112
    block $c1111
    block $c1110
    block $c1109
    block $c1108
    block $c1107
    block $c1106
    block $c1105
    block $c1104
    block $c1103
    block $c1102
    block $c1101
    block $c1100
    block $c1099
    block $c1098
    block $c1097
    block $c1096
    block $c1095
    block $c1094
    block $c1093
    block $c1092
    block $c1091
    block $c1090
    block $c1089
    block $c1088
    block $c1087
    block $c1086
    block $c1085
    block $c1084
    block $c1083
    block $c1082
    block $c1081
    block $c1080
    block $c1079
    block $c1078
    block $c1077
    block $c1076
    block $c1075
    block $c1074
    block $c1073
    block $c1072
    block $c1071
    block $c1070
    block $c1069
    block $c1068
    block $c1067
    block $c1066
    block $c1065
    block $c1064
    block $c1063
    block $c1062
    block $c1061
    block $c1060
    block $c1059
    block $c1058
    block $c1057
    block $c1056
    block $c1055
    block $c1054
    block $c1053
    block $c1052
    block $c1051
    block $c1050
    block $c1049
    block $c1048
    block $c1047
    block $c1046
    block $c1045
    block $c1044
    block $c1043
    block $c1042
    block $c1041
    block $c1040
    block $c1039
    block $c1038
    block $c1037
    block $c1036
    block $c1035
    block $c1034
    block $c1033
    block $c1032
    block $c1031
    block $c1030
    block $c1029
    block $c1028
    block $c1027
    block $c1026
    block $c1025
    block $c1024
    block $c1023
    block $c1022
    block $c1021
    block $c1020
    block $c1019
    block $c1018
    block $c1017
    block $c1016
    block $c1015
    block $c1014
    block $c1013
    block $c1012
    block $c1011
    block $c1010
    block $c1009
    block $c1008
    block $c1007
    block $c1006
    block $c1005
    block $c1004
    block $c1003
    block $c1002
    block $c1001
    block $c1000
    block $c999
    block $c998
    block $c997
    block $c996
    block $c995
    block $c994
    block $c993
    block $c992
    block $c991
    block $c990
    block $c989
    block $c988
    block $c987
    block $c986
    block $c985
    block $c984
    block $c983
    block $c982
    block $c981
    block $c980
    block $c979
    block $c978
    block $c977
    block $c976
    block $c975
    block $c974
    block $c973
    block $c972
    block $c971
    block $c970
    block $c969
    block $c968
    block $c967
    block $c966
    block $c965
    block $c964
    block $c963
    block $c962
    block $c961
    block $c960
    block $c959
    block $c958
    block $c957
    block $c956
    block $c955
    block $c954
    block $c953
    block $c952
    block $c951
    block $c950
    block $c949
    block $c948
    block $c947
    block $c946
    block $c945
    block $c944
    block $c943
    block $c942
    block $c941
    block $c940
    block $c939
    block $c938
    block $c937
    block $c936
    block $c935
    block $c934
    block $c933
    block $c932
    block $c931
    block $c930
    block $c929
    block $c928
    block $c927
    block $c926
    block $c925
    block $c924
    block $c923
    block $c922
    block $c921
    block $c920
    block $c919
    block $c918
    block $c917
    block $c916
    block $c915
    block $c914
    block $c913
    block $c912
    block $c911
    block $c910
    block $c909
    block $c908
    block $c907
    block $c906
    block $c905
    block $c904
    block $c903
    block $c902
    block $c901
    block $c900
    block $c899
    block $c898
    block $c897
    block $c896
    block $c895
    block $c894
    block $c893
    block $c892
    block $c891
    block $c890
    block $c889
    block $c888
    block $c887
    block $c886
    block $c885
    block $c884
    block $c883
    block $c882
    block $c881
    block $c880
    block $c879
    block $c878
    block $c877
    block $c876
    block $c875
    block $c874
    block $c873
    block $c872
    block $c871
    block $c870
    block $c869
    block $c868
    block $c867
    block $c866
    block $c865
    block $c864
    block $c863
    block $c862
    block $c861
    block $c860
    block $c859
    block $c858
    block $c857
    block $c856
    block $c855
    block $c854
    block $c853
    block $c852
    block $c851
    block $c850
    block $c849
    block $c848
    block $c847
    block $c846
    block $c845
    block $c844
    block $c843
    block $c842
    block $c841
    block $c840
    block $c839
    block $c838
    block $c837
    block $c836
    block $c835
    block $c834
    block $c833
    block $c832
    block $c831
    block $c830
    block $c829
    block $c828
    block $c827
    block $c826
    block $c825
    block $c824
    block $c823
    block $c822
    block $c821
    block $c820
    block $c819
    block $c818
    block $c817
    block $c816
    block $c815
    block $c814
    block $c813
    block $c812
    block $c811
    block $c810
    block $c809
    block $c808
    block $c807
    block $c806
    block $c805
    block $c804
    block $c803
    block $c802
    block $c801
    block $c800
    block $c799
    block $c798
    block $c797
    block $c796
    block $c795
    block $c794
    block $c793
    block $c792
    block $c791
    block $c790
    block $c789
    block $c788
    block $c787
    block $c786
    block $c785
    block $c784
    block $c783
    block $c782
    block $c781
    block $c780
    block $c779
    block $c778
    block $c777
    block $c776
    block $c775
    block $c774
    block $c773
    block $c772
    block $c771
    block $c770
    block $c769
    block $c768
    block $c767
    block $c766
    block $c765
    block $c764
    block $c763
    block $c762
    block $c761
    block $c760
    block $c759
    block $c758
    block $c757
    block $c756
    block $c755
    block $c754
    block $c753
    block $c752
    block $c751
    block $c750
    block $c749
    block $c748
    block $c747
    block $c746
    block $c745
    block $c744
    block $c743
    block $c742
    block $c741
    block $c740
    block $c739
    block $c738
    block $c737
    block $c736
    block $c735
    block $c734
    block $c733
    block $c732
    block $c731
    block $c730
    block $c729
    block $c728
    block $c727
    block $c726
    block $c725
    block $c724
    block $c723
    block $c722
    block $c721
    block $c720
    block $c719
    block $c718
    block $c717
    block $c716
    block $c715
    block $c714
    block $c713
    block $c712
    block $c711
    block $c710
    block $c709
    block $c708
    block $c707
    block $c706
    block $c705
    block $c704
    block $c703
    block $c702
    block $c701
    block $c700
    block $c699
    block $c698
    block $c697
    block $c696
    block $c695
    block $c694
    block $c693
    block $c692
    block $c691
    block $c690
    block $c689
    block $c688
    block $c687
    block $c686
    block $c685
    block $c684
    block $c683
    block $c682
    block $c681
    block $c680
    block $c679
    block $c678
    block $c677
    block $c676
    block $c675
    block $c674
    block $c673
    block $c672
    block $c671
    block $c670
    block $c669
    block $c668
    block $c667
    block $c666
    block $c665
    block $c664
    block $c663
    block $c662
    block $c661
    block $c660
    block $c659
    block $c658
    block $c657
    block $c656
    block $c655
    block $c654
    block $c653
    block $c652
    block $c651
    block $c650
    block $c649
    block $c648
    block $c647
    block $c646
    block $c645
    block $c644
    block $c643
    block $c642
    block $c641
    block $c640
    block $c639
    block $c638
    block $c637
    block $c636
    block $c635
    block $c634
    block $c633
    block $c632
    block $c631
    block $c630
    block $c629
    block $c628
    block $c627
    block $c626
    block $c625
    block $c624
    block $c623
    block $c622
    block $c621
    block $c620
    block $c619
    block $c618
    block $c617
    block $c616
    block $c615
    block $c614
    block $c613
    block $c612
    block $c611
    block $c610
    block $c609
    block $c608
    block $c607
    block $c606
    block $c605
    block $c604
    block $c603
    block $c602
    block $c601
    block $c600
    block $c599
    block $c598
    block $c597
    block $c596
    block $c595
    block $c594
    block $c593
    block $c592
    block $c591
    block $c590
    block $c589
    block $c588
    block $c587
    block $c586
    block $c585
    block $c584
    block $c583
    block $c582
    block $c581
    block $c580
    block $c579
    block $c578
    block $c577
    block $c576
    block $c575
    block $c574
    block $c573
    block $c572
    block $c571
    block $c570
    block $c569
    block $c568
    block $c567
    block $c566
    block $c565
    block $c564
    block $c563
    block $c562
    block $c561
    block $c560
    block $c559
    block $c558
    block $c557
    block $c556
    block $c555
    block $c554
    block $c553
    block $c552
    block $c551
    block $c550
    block $c549
    block $c548
    block $c547
    block $c546
    block $c545
    block $c544
    block $c543
    block $c542
    block $c541
    block $c540
    block $c539
    block $c538
    block $c537
    block $c536
    block $c535
    block $c534
    block $c533
    block $c532
    block $c531
    block $c530
    block $c529
    block $c528
    block $c527
    block $c526
    block $c525
    block $c524
    block $c523
    block $c522
    block $c521
    block $c520
    block $c519
    block $c518
    block $c517
    block $c516
    block $c515
    block $c514
    block $c513
    block $c512
    block $c511
    block $c510
    block $c509
    block $c508
    block $c507
    block $c506
    block $c505
    block $c504
    block $c503
    block $c502
    block $c501
    block $c500
    block $c499
    block $c498
    block $c497
    block $c496
    block $c495
    block $c494
    block $c493
    block $c492
    block $c491
    block $c490
    block $c489
    block $c488
    block $c487
    block $c486
    block $c485
    block $c484
    block $c483
    block $c482
    block $c481
    block $c480
    block $c479
    block $c478
    block $c477
    block $c476
    block $c475
    block $c474
    block $c473
    block $c472
    block $c471
    block $c470
    block $c469
    block $c468
    block $c467
    block $c466
    block $c465
    block $c464
    block $c463
    block $c462
    block $c461
    block $c460
    block $c459
    block $c458
    block $c457
    block $c456
    block $c455
    block $c454
    block $c453
    block $c452
    block $c451
    block $c450
    block $c449
    block $c448
    block $c447
    block $c446
    block $c445
    block $c444
    block $c443
    block $c442
    block $c441
    block $c440
    block $c439
    block $c438
    block $c437
    block $c436
    block $c435
    block $c434
    block $c433
    block $c432
    block $c431
    block $c430
    block $c429
    block $c428
    block $c427
    block $c426
    block $c425
    block $c424
    block $c423
    block $c422
    block $c421
    block $c420
    block $c419
    block $c418
    block $c417
    block $c416
    block $c415
    block $c414
    block $c413
    block $c412
    block $c411
    block $c410
    block $c409
    block $c408
    block $c407
    block $c406
    block $c405
    block $c404
    block $c403
    block $c402
    block $c401
    block $c400
    block $c399
    block $c398
    block $c397
    block $c396
    block $c395
    block $c394
    block $c393
    block $c392
    block $c391
    block $c390
    block $c389
    block $c388
    block $c387
    block $c386
    block $c385
    block $c384
    block $c383
    block $c382
    block $c381
    block $c380
    block $c379
    block $c378
    block $c377
    block $c376
    block $c375
    block $c374
    block $c373
    block $c372
    block $c371
    block $c370
    block $c369
    block $c368
    block $c367
    block $c366
    block $c365
    block $c364
    block $c363
    block $c362
    block $c361
    block $c360
    block $c359
    block $c358
    block $c357
    block $c356
    block $c355
    block $c354
    block $c353
    block $c352
    block $c351
    block $c350
    block $c349
    block $c348
    block $c347
    block $c346
    block $c345
    block $c344
    block $c343
    block $c342
    block $c341
    block $c340
    block $c339
    block $c338
    block $c337
    block $c336
    block $c335
    block $c334
    block $c333
    block $c332
    block $c331
    block $c330
    block $c329
    block $c328
    block $c327
    block $c326
    block $c325
    block $c324
    block $c323
    block $c322
    block $c321
    block $c320
    block $c319
    block $c318
    block $c317
    block $c316
    block $c315
    block $c314
    block $c313
    block $c312
    block $c311
    block $c310
    block $c309
    block $c308
    block $c307
    block $c306
    block $c305
    block $c304
    block $c303
    block $c302
    block $c301
    block $c300
    block $c299
    block $c298
    block $c297
    block $c296
    block $c295
    block $c294
    block $c293
    block $c292
    block $c291
    block $c290
    block $c289
    block $c288
    block $c287
    block $c286
    block $c285
    block $c284
    block $c283
    block $c282
    block $c281
    block $c280
    block $c279
    block $c278
    block $c277
    block $c276
    block $c275
    block $c274
    block $c273
    block $c272
    block $c271
    block $c270
    block $c269
    block $c268
    block $c267
    block $c266
    block $c265
    block $c264
    block $c263
    block $c262
    block $c261
    block $c260
    block $c259
    block $c258
    block $c257
    block $c256
    block $c255
    block $c254
    block $c253
    block $c252
    block $c251
    block $c250
    block $c249
    block $c248
    block $c247
    block $c246
    block $c245
    block $c244
    block $c243
    block $c242
    block $c241
    block $c240
    block $c239
    block $c238
    block $c237
    block $c236
    block $c235
    block $c234
    block $c233
    block $c232
    block $c231
    block $c230
    block $c229
    block $c228
    block $c227
    block $c226
    block $c225
    block $c224
    block $c223
    block $c222
    block $c221
    block $c220
    block $c219
    block $c218
    block $c217
    block $c216
    block $c215
    block $c214
    block $c213
    block $c212
    block $c211
    block $c210
    block $c209
    block $c208
    block $c207
    block $c206
    block $c205
    block $c204
    block $c203
    block $c202
    block $c201
    block $c200
    block $c199
    block $c198
    block $c197
    block $c196
    block $c195
    block $c194
    block $c193
    block $c192
    block $c191
    block $c190
    block $c189
    block $c188
    block $c187
    block $c186
    block $c185
    block $c184
    block $c183
    block $c182
    block $c181
    block $c180
    block $c179
    block $c178
    block $c177
    block $c176
    block $c175
    block $c174
    block $c173
    block $c172
    block $c171
    block $c170
    block $c169
    block $c168
    block $c167
    block $c166
    block $c165
    block $c164
    block $c163
    block $c162
    block $c161
    block $c160
    block $c159
    block $c158
    block $c157
    block $c156
    block $c155
    block $c154
    block $c153
    block $c152
    block $c151
    block $c150
    block $c149
    block $c148
    block $c147
    block $c146
    block $c145
    block $c144
    block $c143
    block $c142
    block $c141
    block $c140
    block $c139
    block $c138
    block $c137
    block $c136
    block $c135
    block $c134
    block $c133
    block $c132
    block $c131
    block $c130
    block $c129
    block $c128
    block $c127
    block $c126
    block $c125
    block $c124
    block $c123
    block $c122
    block $c121
    block $c120
    block $c119
    block $c118
    block $c117
    block $c116
    block $c115
    block $c114
    block $c113
    block $c112
    block $c111
    block $c110
    block $c109
    block $c108
    block $c107
    block $c106
    block $c105
    block $c104
    block $c103
    block $c102
    block $c101
    block $c100
    block $c99
    block $c98
    block $c97
    block $c96
    block $c95
    block $c94
    block $c93
    block $c92
    block $c91
    block $c90
    block $c89
    block $c88
    block $c87
    block $c86
    block $c85
    block $c84
    block $c83
    block $c82
    block $c81
    block $c80
    block $c79
    block $c78
    block $c77
    block $c76
    block $c75
    block $c74
    block $c73
    block $c72
    block $c71
    block $c70
    block $c69
    block $c68
    block $c67
    block $c66
    block $c65
    block $c64
    block $c63
    block $c62
    block $c61
    block $c60
    block $c59
    block $c58
    block $c57
    block $c56
    block $c55
    block $c54
    block $c53
    block $c52
    block $c51
    block $c50
    block $c49
    block $c48
    block $c47
    block $c46
    block $c45
    block $c44
    block $c43
    block $c42
    block $c41
    block $c40
    block $c39
    block $c38
    block $c37
    block $c36
    block $c35
    block $c34
    block $c33
    block $c32
    block $c31
    block $c30
    block $c29
    block $c28
    block $c27
    block $c26
    block $c25
    block $c24
    block $c23
    block $c22
    block $c21
    block $c20
    block $c19
    block $c18
    block $c17
    block $c16
    block $c15
    block $c14
    block $c13
    block $c12
    block $c11
    block $c10
    block $c9
    block $c8
    block $c7
    block $c6
    block $c5
    block $c4
    block $c3
    block $c2
    block $c1
    block $c0
    local.get 1
    br_if $c5
    local.get 0
    br_table $c0 $c1 $c2 $c3 $c4 $c5 $c6 $c7 $c8 $c9 $c10 $c11 $c12 $c13 $c14 $c15 $c16 $c17 $c18 $c19 $c20 $c21 $c22 $c23 $c24 $c25 $c26 $c27 $c28 $c29 $c30 $c31 $c32 $c33 $c34 $c35 $c36 $c37 $c38 $c39 $c40 $c41 $c42 $c43 $c44 $c45 $c46 $c47 $c48 $c49 $c50 $c51 $c52 $c53 $c54 $c55 $c56 $c57 $c58 $c59 $c60 $c61 $c62 $c63 $c64 $c65 $c66 $c67 $c68 $c69 $c70 $c71 $c72 $c73 $c74 $c75 $c76 $c77 $c78 $c79 $c80 $c81 $c82 $c83 $c84 $c85 $c86 $c87 $c88 $c89 $c90 $c91 $c92 $c93 $c94 $c95 $c96 $c97 $c98 $c99 $c100 $c101 $c102 $c103 $c104 $c105 $c106 $c107 $c108 $c109 $c110 $c111 $c112 $c113 $c114 $c115 $c116 $c117 $c118 $c119 $c120 $c121 $c122 $c123 $c124 $c125 $c126 $c127 $c128 $c129 $c130 $c131 $c132 $c133 $c134 $c135 $c136 $c137 $c138 $c139 $c140 $c141 $c142 $c143 $c144 $c145 $c146 $c147 $c148 $c149 $c150 $c151 $c152 $c153 $c154 $c155 $c156 $c157 $c158 $c159 $c160 $c161 $c162 $c163 $c164 $c165 $c166 $c167 $c168 $c169 $c170 $c171 $c172 $c173 $c174 $c175 $c176 $c177 $c178 $c179 $c180 $c181 $c182 $c183 $c184 $c185 $c186 $c187 $c188 $c189 $c190 $c191 $c192 $c193 $c194 $c195 $c196 $c197 $c198 $c199 $c200 $c201 $c202 $c203 $c204 $c205 $c206 $c207 $c208 $c209 $c210 $c211 $c212 $c213 $c214 $c215 $c216 $c217 $c218 $c219 $c220 $c221 $c222 $c223 $c224 $c225 $c226 $c227 $c228 $c229 $c230 $c231 $c232 $c233 $c234 $c235 $c236 $c237 $c238 $c239 $c240 $c241 $c242 $c243 $c244 $c245 $c246 $c247 $c248 $c249 $c250 $c251 $c252 $c253 $c254 $c255 $c256 $c257 $c258 $c259 $c260 $c261 $c262 $c263 $c264 $c265 $c266 $c267 $c268 $c269 $c270 $c271 $c272 $c273 $c274 $c275 $c276 $c277 $c278 $c279 $c280 $c281 $c282 $c283 $c284 $c285 $c286 $c287 $c288 $c289 $c290 $c291 $c292 $c293 $c294 $c295 $c296 $c297 $c298 $c299 $c300 $c301 $c302 $c303 $c304 $c305 $c306 $c307 $c308 $c309 $c310 $c311 $c312 $c313 $c314 $c315 $c316 $c317 $c318 $c319 $c320 $c321 $c322 $c323 $c324 $c325 $c326 $c327 $c328 $c329 $c330 $c331 $c332 $c333 $c334 $c335 $c336 $c337 $c338 $c339 $c340 $c341 $c342 $c343 $c344 $c345 $c346 $c347 $c348 $c349 $c350 $c351 $c352 $c353 $c354 $c355 $c356 $c357 $c358 $c359 $c360 $c361 $c362 $c363 $c364 $c365 $c366 $c367 $c368 $c369 $c370 $c371 $c372 $c373 $c374 $c375 $c376 $c377 $c378 $c379 $c380 $c381 $c382 $c383 $c384 $c385 $c386 $c387 $c388 $c389 $c390 $c391 $c392 $c393 $c394 $c395 $c396 $c397 $c398 $c399 $c400 $c401 $c402 $c403 $c404 $c405 $c406 $c407 $c408 $c409 $c410 $c411 $c412 $c413 $c414 $c415 $c416 $c417 $c418 $c419 $c420 $c421 $c422 $c423 $c424 $c425 $c426 $c427 $c428 $c429 $c430 $c431 $c432 $c433 $c434 $c435 $c436 $c437 $c438 $c439 $c440 $c441 $c442 $c443 $c444 $c445 $c446 $c447 $c448 $c449 $c450 $c451 $c452 $c453 $c454 $c455 $c456 $c457 $c458 $c459 $c460 $c461 $c462 $c463 $c464 $c465 $c466 $c467 $c468 $c469 $c470 $c471 $c472 $c473 $c474 $c475 $c476 $c477 $c478 $c479 $c480 $c481 $c482 $c483 $c484 $c485 $c486 $c487 $c488 $c489 $c490 $c491 $c492 $c493 $c494 $c495 $c496 $c497 $c498 $c499 $c500 $c501 $c502 $c503 $c504 $c505 $c506 $c507 $c508 $c509 $c510 $c511 $c512 $c513 $c514 $c515 $c516 $c517 $c518 $c519 $c520 $c521 $c522 $c523 $c524 $c525 $c526 $c527 $c528 $c529 $c530 $c531 $c532 $c533 $c534 $c535 $c536 $c537 $c538 $c539 $c540 $c541 $c542 $c543 $c544 $c545 $c546 $c547 $c548 $c549 $c550 $c551 $c552 $c553 $c554 $c555 $c556 $c557 $c558 $c559 $c560 $c561 $c562 $c563 $c564 $c565 $c566 $c567 $c568 $c569 $c570 $c571 $c572 $c573 $c574 $c575 $c576 $c577 $c578 $c579 $c580 $c581 $c582 $c583 $c584 $c585 $c586 $c587 $c588 $c589 $c590 $c591 $c592 $c593 $c594 $c595 $c596 $c597 $c598 $c599 $c600 $c601 $c602 $c603 $c604 $c605 $c606 $c607 $c608 $c609 $c610 $c611 $c612 $c613 $c614 $c615 $c616 $c617 $c618 $c619 $c620 $c621 $c622 $c623 $c624 $c625 $c626 $c627 $c628 $c629 $c630 $c631 $c632 $c633 $c634 $c635 $c636 $c637 $c638 $c639 $c640 $c641 $c642 $c643 $c644 $c645 $c646 $c647 $c648 $c649 $c650 $c651 $c652 $c653 $c654 $c655 $c656 $c657 $c658 $c659 $c660 $c661 $c662 $c663 $c664 $c665 $c666 $c667 $c668 $c669 $c670 $c671 $c672 $c673 $c674 $c675 $c676 $c677 $c678 $c679 $c680 $c681 $c682 $c683 $c684 $c685 $c686 $c687 $c688 $c689 $c690 $c691 $c692 $c693 $c694 $c695 $c696 $c697 $c698 $c699 $c700 $c701 $c702 $c703 $c704 $c705 $c706 $c707 $c708 $c709 $c710 $c711 $c712 $c713 $c714 $c715 $c716 $c717 $c718 $c719 $c720 $c721 $c722 $c723 $c724 $c725 $c726 $c727 $c728 $c729 $c730 $c731 $c732 $c733 $c734 $c735 $c736 $c737 $c738 $c739 $c740 $c741 $c742 $c743 $c744 $c745 $c746 $c747 $c748 $c749 $c750 $c751 $c752 $c753 $c754 $c755 $c756 $c757 $c758 $c759 $c760 $c761 $c762 $c763 $c764 $c765 $c766 $c767 $c768 $c769 $c770 $c771 $c772 $c773 $c774 $c775 $c776 $c777 $c778 $c779 $c780 $c781 $c782 $c783 $c784 $c785 $c786 $c787 $c788 $c789 $c790 $c791 $c792 $c793 $c794 $c795 $c796 $c797 $c798 $c799 $c800 $c801 $c802 $c803 $c804 $c805 $c806 $c807 $c808 $c809 $c810 $c811 $c812 $c813 $c814 $c815 $c816 $c817 $c818 $c819 $c820 $c821 $c822 $c823 $c824 $c825 $c826 $c827 $c828 $c829 $c830 $c831 $c832 $c833 $c834 $c835 $c836 $c837 $c838 $c839 $c840 $c841 $c842 $c843 $c844 $c845 $c846 $c847 $c848 $c849 $c850 $c851 $c852 $c853 $c854 $c855 $c856 $c857 $c858 $c859 $c860 $c861 $c862 $c863 $c864 $c865 $c866 $c867 $c868 $c869 $c870 $c871 $c872 $c873 $c874 $c875 $c876 $c877 $c878 $c879 $c880 $c881 $c882 $c883 $c884 $c885 $c886 $c887 $c888 $c889 $c890 $c891 $c892 $c893 $c894 $c895 $c896 $c897 $c898 $c899 $c900 $c901 $c902 $c903 $c904 $c905 $c906 $c907 $c908 $c909 $c910 $c911 $c912 $c913 $c914 $c915 $c916 $c917 $c918 $c919 $c920 $c921 $c922 $c923 $c924 $c925 $c926 $c927 $c928 $c929 $c930 $c931 $c932 $c933 $c934 $c935 $c936 $c937 $c938 $c939 $c940 $c941 $c942 $c943 $c944 $c945 $c946 $c947 $c948 $c949 $c950 $c951 $c952 $c953 $c954 $c955 $c956 $c957 $c958 $c959 $c960 $c961 $c962 $c963 $c964 $c965 $c966 $c967 $c968 $c969 $c970 $c971 $c972 $c973 $c974 $c975 $c976 $c977 $c978 $c979 $c980 $c981 $c982 $c983 $c984 $c985 $c986 $c987 $c988 $c989 $c990 $c991 $c992 $c993 $c994 $c995 $c996 $c997 $c998 $c999 $c1000 $c1001 $c1002 $c1003 $c1004 $c1005 $c1006 $c1007 $c1008 $c1009 $c1010 $c1011 $c1012 $c1013 $c1014 $c1015 $c1016 $c1017 $c1018 $c1019 $c1020 $c1021 $c1022 $c1023 $c1024 $c1025 $c1026 $c1027 $c1028 $c1029 $c1030 $c1031 $c1032 $c1033 $c1034 $c1035 $c1036 $c1037 $c1038 $c1039 $c1040 $c1041 $c1042 $c1043 $c1044 $c1045 $c1046 $c1047 $c1048 $c1049 $c1050 $c1051 $c1052 $c1053 $c1054 $c1055 $c1056 $c1057 $c1058 $c1059 $c1060 $c1061 $c1062 $c1063 $c1064 $c1065 $c1066 $c1067 $c1068 $c1069 $c1070 $c1071 $c1072 $c1073 $c1074 $c1075 $c1076 $c1077 $c1078 $c1079 $c1080 $c1081 $c1082 $c1083 $c1084 $c1085 $c1086 $c1087 $c1088 $c1089 $c1090 $c1091 $c1092 $c1093 $c1094 $c1095 $c1096 $c1097 $c1098 $c1099 $c1100 $c1101 $c1102 $c1103 $c1104 $c1105 $c1106 $c1107 $c1108 $c1109 $c1110 $c1111 $c1112 $c1113 $c1114 $c1115 $c1116 $c1117 $c1118 $c1119 $c1120 $c1121 $c1122 $c1123 $c1124 $c1125 $c1126 $c1127 $c1128 $c1129 $c1130 $c1131 $c1132 $c1133 $c1134 $c1135 $c1136 $c1137 $c1138 $c1139 $c1140 $c1141 $c1142 $c1143 $c1144 $c1145 $c1146 $c1147 $c1148 $c1149 $c1150 $c1151 $c1152 $c1153 $c1154 $c1155 $c1156 $c1157 $c1158 $c1159 $c1160 $c1161 $c1162 $c1163 $c1164 $c1165 $c1166 $c1167 $c1168 $c1169 $c1170 $c1171 $c1172 $c1173 $c1174 $c1175 $c1176 $c1177 $c1178 $c1179 $c1180 $c1181 $c1182 $c1183 $c1184 $c1185 $c1186 $c1187 $c1188 $c1189 $c1190 $c1191 $c1192 $c1193 $c1194 $c1195 $c1196 $c1197 $c1198 $c1199 $c0
    end
    i32.const 3
    local.set 2
    br $join
    end
    i32.const 10
    local.set 2
    br $join
    end
    i32.const 17
    local.set 2
    br $join
    end
    i32.const 24
    local.set 2
    br $join
    end
    i32.const 31
    local.set 2
    br $join
    end
    i32.const 38
    local.set 2
    br $join
    end
    i32.const 45
    local.set 2
    br $join
    end
    i32.const 52
    local.set 2
    br $join
    end
    i32.const 59
    local.set 2
    br $join
    end
    i32.const 66
    local.set 2
    br $join
    end
    i32.const 73
    local.set 2
    br $join
    end
    i32.const 80
    local.set 2
    br $join
    end
    i32.const 87
    local.set 2
    br $join
    end
    i32.const 94
    local.set 2
    br $join
    end
    i32.const 101
    local.set 2
    br $join
    end
    i32.const 108
    local.set 2
    br $join
    end
    i32.const 115
    local.set 2
    br $join
    end
    i32.const 122
    local.set 2
    br $join
    end
    i32.const 129
    local.set 2
    br $join
    end
    i32.const 136
    local.set 2
    br $join
    end
    i32.const 143
    local.set 2
    br $join
    end
    i32.const 150
    local.set 2
    br $join
    end
    i32.const 157
    local.set 2
    br $join
    end
    i32.const 164
    local.set 2
    br $join
    end
    i32.const 171
    local.set 2
    br $join
    end
    i32.const 178
    local.set 2
    br $join
    end
    i32.const 185
    local.set 2
    br $join
    end
    i32.const 192
    local.set 2
    br $join
    end
    i32.const 199
    local.set 2
    br $join
    end
    i32.const 206
    local.set 2
    br $join
    end
    i32.const 213
    local.set 2
    br $join
    end
    i32.const 220
    local.set 2
    br $join
    end
    i32.const 227
    local.set 2
    br $join
    end
    i32.const 234
    local.set 2
    br $join
    end
    i32.const 241
    local.set 2
    br $join
    end
    i32.const 248
    local.set 2
    br $join
    end
    i32.const 255
    local.set 2
    br $join
    end
    i32.const 262
    local.set 2
    br $join
    end
    i32.const 269
    local.set 2
    br $join
    end
    i32.const 276
    local.set 2
    br $join
    end
    i32.const 283
    local.set 2
    br $join
    end
    i32.const 290
    local.set 2
    br $join
    end
    i32.const 297
    local.set 2
    br $join
    end
    i32.const 304
    local.set 2
    br $join
    end
    i32.const 311
    local.set 2
    br $join
    end
    i32.const 318
    local.set 2
    br $join
    end
    i32.const 325
    local.set 2
    br $join
    end
    i32.const 332
    local.set 2
    br $join
    end
    i32.const 339
    local.set 2
    br $join
    end
    i32.const 346
    local.set 2
    br $join
    end
    i32.const 353
    local.set 2
    br $join
    end
    i32.const 360
    local.set 2
    br $join
    end
    i32.const 367
    local.set 2
    br $join
    end
    i32.const 374
    local.set 2
    br $join
    end
    i32.const 381
    local.set 2
    br $join
    end
    i32.const 388
    local.set 2
    br $join
    end
    i32.const 395
    local.set 2
    br $join
    end
    i32.const 402
    local.set 2
    br $join
    end
    i32.const 409
    local.set 2
    br $join
    end
    i32.const 416
    local.set 2
    br $join
    end
    i32.const 423
    local.set 2
    br $join
    end
    i32.const 430
    local.set 2
    br $join
    end
    i32.const 437
    local.set 2
    br $join
    end
    i32.const 444
    local.set 2
    br $join
    end
    i32.const 451
    local.set 2
    br $join
    end
    i32.const 458
    local.set 2
    br $join
    end
    i32.const 465
    local.set 2
    br $join
    end
    i32.const 472
    local.set 2
    br $join
    end
    i32.const 479
    local.set 2
    br $join
    end
    i32.const 486
    local.set 2
    br $join
    end
    i32.const 493
    local.set 2
    br $join
    end
    i32.const 500
    local.set 2
    br $join
    end
    i32.const 507
    local.set 2
    br $join
    end
    i32.const 514
    local.set 2
    br $join
    end
    i32.const 521
    local.set 2
    br $join
    end
    i32.const 528
    local.set 2
    br $join
    end
    i32.const 535
    local.set 2
    br $join
    end
    i32.const 542
    local.set 2
    br $join
    end
    i32.const 549
    local.set 2
    br $join
    end
    i32.const 556
    local.set 2
    br $join
    end
    i32.const 563
    local.set 2
    br $join
    end
    i32.const 570
    local.set 2
    br $join
    end
    i32.const 577
    local.set 2
    br $join
    end
    i32.const 584
    local.set 2
    br $join
    end
    i32.const 591
    local.set 2
    br $join
    end
    i32.const 598
    local.set 2
    br $join
    end
    i32.const 605
    local.set 2
    br $join
    end
    i32.const 612
    local.set 2
    br $join
    end
    i32.const 619
    local.set 2
    br $join
    end
    i32.const 626
    local.set 2
    br $join
    end
    i32.const 633
    local.set 2
    br $join
    end
    i32.const 640
    local.set 2
    br $join
    end
    i32.const 647
    local.set 2
    br $join
    end
    i32.const 654
    local.set 2
    br $join
    end
    i32.const 661
    local.set 2
    br $join
    end
    i32.const 668
    local.set 2
    br $join
    end
    i32.const 675
    local.set 2
    br $join
    end
    i32.const 682
    local.set 2
    br $join
    end
    i32.const 689
    local.set 2
    br $join
    end
    i32.const 696
    local.set 2
    br $join
    end
    i32.const 703
    local.set 2
    br $join
    end
    i32.const 710
    local.set 2
    br $join
    end
    i32.const 717
    local.set 2
    br $join
    end
    i32.const 724
    local.set 2
    br $join
    end
    i32.const 731
    local.set 2
    br $join
    end
    i32.const 738
    local.set 2
    br $join
    end
    i32.const 745
    local.set 2
    br $join
    end
    i32.const 752
    local.set 2
    br $join
    end
    i32.const 759
    local.set 2
    br $join
    end
    i32.const 766
    local.set 2
    br $join
    end
    i32.const 773
    local.set 2
    br $join
    end
    i32.const 780
    local.set 2
    br $join
    end
    i32.const 787
    local.set 2
    br $join
    end
    i32.const 794
    local.set 2
    br $join
    end
    i32.const 801
    local.set 2
    br $join
    end
    i32.const 808
    local.set 2
    br $join
    end
    i32.const 815
    local.set 2
    br $join
    end
    i32.const 822
    local.set 2
    br $join
    end
    i32.const 829
    local.set 2
    br $join
    end
    i32.const 836
    local.set 2
    br $join
    end
    i32.const 843
    local.set 2
    br $join
    end
    i32.const 850
    local.set 2
    br $join
    end
    i32.const 857
    local.set 2
    br $join
    end
    i32.const 864
    local.set 2
    br $join
    end
    i32.const 871
    local.set 2
    br $join
    end
    i32.const 878
    local.set 2
    br $join
    end
    i32.const 885
    local.set 2
    br $join
    end
    i32.const 892
    local.set 2
    br $join
    end
    i32.const 899
    local.set 2
    br $join
    end
    i32.const 906
    local.set 2
    br $join
    end
    i32.const 913
    local.set 2
    br $join
    end
    i32.const 920
    local.set 2
    br $join
    end
    i32.const 927
    local.set 2
    br $join
    end
    i32.const 934
    local.set 2
    br $join
    end
    i32.const 941
    local.set 2
    br $join
    end
    i32.const 948
    local.set 2
    br $join
    end
    i32.const 955
    local.set 2
    br $join
    end
    i32.const 962
    local.set 2
    br $join
    end
    i32.const 969
    local.set 2
    br $join
    end
    i32.const 976
    local.set 2
    br $join
    end
    i32.const 983
    local.set 2
    br $join
    end
    i32.const 990
    local.set 2
    br $join
    end
    i32.const 997
    local.set 2
    br $join
    end
    i32.const 1004
    local.set 2
    br $join
    end
    i32.const 1011
    local.set 2
    br $join
    end
    i32.const 1018
    local.set 2
    br $join
    end
    i32.const 1025
    local.set 2
    br $join
    end
    i32.const 1032
    local.set 2
    br $join
    end
    i32.const 1039
    local.set 2
    br $join
    end
    i32.const 1046
    local.set 2
    br $join
    end
    i32.const 1053
    local.set 2
    br $join
    end
    i32.const 1060
    local.set 2
    br $join
    end
    i32.const 1067
    local.set 2
    br $join
    end
    i32.const 1074
    local.set 2
    br $join
    end
    i32.const 1081
    local.set 2
    br $join
    end
    i32.const 1088
    local.set 2
    br $join
    end
    i32.const 1095
    local.set 2
    br $join
    end
    i32.const 1102
    local.set 2
    br $join
    end
    i32.const 1109
    local.set 2
    br $join
    end
    i32.const 1116
    local.set 2
    br $join
    end
    i32.const 1123
    local.set 2
    br $join
    end
    i32.const 1130
    local.set 2
    br $join
    end
    i32.const 1137
    local.set 2
    br $join
    end
    i32.const 1144
    local.set 2
    br $join
    end
    i32.const 1151
    local.set 2
    br $join
    end
    i32.const 1158
    local.set 2
    br $join
    end
    i32.const 1165
    local.set 2
    br $join
    end
    i32.const 1172
    local.set 2
    br $join
    end
    i32.const 1179
    local.set 2
    br $join
    end
    i32.const 1186
    local.set 2
    br $join
    end
    i32.const 1193
    local.set 2
    br $join
    end
    i32.const 1200
    local.set 2
    br $join
    end
    i32.const 1207
    local.set 2
    br $join
    end
    i32.const 1214
    local.set 2
    br $join
    end
    i32.const 1221
    local.set 2
    br $join
    end
    i32.const 1228
    local.set 2
    br $join
    end
    i32.const 1235
    local.set 2
    br $join
    end
    i32.const 1242
    local.set 2
    br $join
    end
    i32.const 1249
    local.set 2
    br $join
    end
    i32.const 1256
    local.set 2
    br $join
    end
    i32.const 1263
    local.set 2
    br $join
    end
    i32.const 1270
    local.set 2
    br $join
    end
    i32.const 1277
    local.set 2
    br $join
    end
    i32.const 1284
    local.set 2
    br $join
    end
    i32.const 1291
    local.set 2
    br $join
    end
    i32.const 1298
    local.set 2
    br $join
    end
    i32.const 1305
    local.set 2
    br $join
    end
    i32.const 1312
    local.set 2
    br $join
    end
    i32.const 1319
    local.set 2
    br $join
    end
    i32.const 1326
    local.set 2
    br $join
    end
    i32.const 1333
    local.set 2
    br $join
    end
    i32.const 1340
    local.set 2
    br $join
    end
    i32.const 1347
    local.set 2
    br $join
    end
    i32.const 1354
    local.set 2
    br $join
    end
    i32.const 1361
    local.set 2
    br $join
    end
    i32.const 1368
    local.set 2
    br $join
    end
    i32.const 1375
    local.set 2
    br $join
    end
    i32.const 1382
    local.set 2
    br $join
    end
    i32.const 1389
    local.set 2
    br $join
    end
    i32.const 1396
    local.set 2
    br $join
    end
    i32.const 1403
    local.set 2
    br $join
    end
    i32.const 1410
    local.set 2
    br $join
    end
    i32.const 1417
    local.set 2
    br $join
    end
    i32.const 1424
    local.set 2
    br $join
    end
    i32.const 1431
    local.set 2
    br $join
    end
    i32.const 1438
    local.set 2
    br $join
    end
    i32.const 1445
    local.set 2
    br $join
    end
    i32.const 1452
    local.set 2
    br $join
    end
    i32.const 1459
    local.set 2
    br $join
    end
    i32.const 1466
    local.set 2
    br $join
    end
    i32.const 1473
    local.set 2
    br $join
    end
    i32.const 1480
    local.set 2
    br $join
    end
    i32.const 1487
    local.set 2
    br $join
    end
    i32.const 1494
    local.set 2
    br $join
    end
    i32.const 1501
    local.set 2
    br $join
    end
    i32.const 1508
    local.set 2
    br $join
    end
    i32.const 1515
    local.set 2
    br $join
    end
    i32.const 1522
    local.set 2
    br $join
    end
    i32.const 1529
    local.set 2
    br $join
    end
    i32.const 1536
    local.set 2
    br $join
    end
    i32.const 1543
    local.set 2
    br $join
    end
    i32.const 1550
    local.set 2
    br $join
    end
    i32.const 1557
    local.set 2
    br $join
    end
    i32.const 1564
    local.set 2
    br $join
    end
    i32.const 1571
    local.set 2
    br $join
    end
    i32.const 1578
    local.set 2
    br $join
    end
    i32.const 1585
    local.set 2
    br $join
    end
    i32.const 1592
    local.set 2
    br $join
    end
    i32.const 1599
    local.set 2
    br $join
    end
    i32.const 1606
    local.set 2
    br $join
    end
    i32.const 1613
    local.set 2
    br $join
    end
    i32.const 1620
    local.set 2
    br $join
    end
    i32.const 1627
    local.set 2
    br $join
    end
    i32.const 1634
    local.set 2
    br $join
    end
    i32.const 1641
    local.set 2
    br $join
    end
    i32.const 1648
    local.set 2
    br $join
    end
    i32.const 1655
    local.set 2
    br $join
    end
    i32.const 1662
    local.set 2
    br $join
    end
    i32.const 1669
    local.set 2
    br $join
    end
    i32.const 1676
    local.set 2
    br $join
    end
    i32.const 1683
    local.set 2
    br $join
    end
    i32.const 1690
    local.set 2
    br $join
    end
    i32.const 1697
    local.set 2
    br $join
    end
    i32.const 1704
    local.set 2
    br $join
    end
    i32.const 1711
    local.set 2
    br $join
    end
    i32.const 1718
    local.set 2
    br $join
    end
    i32.const 1725
    local.set 2
    br $join
    end
    i32.const 1732
    local.set 2
    br $join
    end
    i32.const 1739
    local.set 2
    br $join
    end
    i32.const 1746
    local.set 2
    br $join
    end
    i32.const 1753
    local.set 2
    br $join
    end
    i32.const 1760
    local.set 2
    br $join
    end
    i32.const 1767
    local.set 2
    br $join
    end
    i32.const 1774
    local.set 2
    br $join
    end
    i32.const 1781
    local.set 2
    br $join
    end
    i32.const 1788
    local.set 2
    br $join
    end
    i32.const 1795
    local.set 2
    br $join
    end
    i32.const 1802
    local.set 2
    br $join
    end
    i32.const 1809
    local.set 2
    br $join
    end
    i32.const 1816
    local.set 2
    br $join
    end
    i32.const 1823
    local.set 2
    br $join
    end
    i32.const 1830
    local.set 2
    br $join
    end
    i32.const 1837
    local.set 2
    br $join
    end
    i32.const 1844
    local.set 2
    br $join
    end
    i32.const 1851
    local.set 2
    br $join
    end
    i32.const 1858
    local.set 2
    br $join
    end
    i32.const 1865
    local.set 2
    br $join
    end
    i32.const 1872
    local.set 2
    br $join
    end
    i32.const 1879
    local.set 2
    br $join
    end
    i32.const 1886
    local.set 2
    br $join
    end
    i32.const 1893
    local.set 2
    br $join
    end
    i32.const 1900
    local.set 2
    br $join
    end
    i32.const 1907
    local.set 2
    br $join
    end
    i32.const 1914
    local.set 2
    br $join
    end
    i32.const 1921
    local.set 2
    br $join
    end
    i32.const 1928
    local.set 2
    br $join
    end
    i32.const 1935
    local.set 2
    br $join
    end
    i32.const 1942
    local.set 2
    br $join
    end
    i32.const 1949
    local.set 2
    br $join
    end
    i32.const 1956
    local.set 2
    br $join
    end
    i32.const 1963
    local.set 2
    br $join
    end
    i32.const 1970
    local.set 2
    br $join
    end
    i32.const 1977
    local.set 2
    br $join
    end
    i32.const 1984
    local.set 2
    br $join
    end
    i32.const 1991
    local.set 2
    br $join
    end
    i32.const 1998
    local.set 2
    br $join
    end
    i32.const 2005
    local.set 2
    br $join
    end
    i32.const 2012
    local.set 2
    br $join
    end
    i32.const 2019
    local.set 2
    br $join
    end
    i32.const 2026
    local.set 2
    br $join
    end
    i32.const 2033
    local.set 2
    br $join
    end
    i32.const 2040
    local.set 2
    br $join
    end
    i32.const 2047
    local.set 2
    br $join
    end
    i32.const 2054
    local.set 2
    br $join
    end
    i32.const 2061
    local.set 2
    br $join
    end
    i32.const 2068
    local.set 2
    br $join
    end
    i32.const 2075
    local.set 2
    br $join
    end
    i32.const 2082
    local.set 2
    br $join
    end
    i32.const 2089
    local.set 2
    br $join
    end
    i32.const 2096
    local.set 2
    br $join
    end
    i32.const 2103
    local.set 2
    br $join
    end
    i32.const 2110
    local.set 2
    br $join
    end
    i32.const 2117
    local.set 2
    br $join
    end
    i32.const 2124
    local.set 2
    br $join
    end
    i32.const 2131
    local.set 2
    br $join
    end
    i32.const 2138
    local.set 2
    br $join
    end
    i32.const 2145
    local.set 2
    br $join
    end
    i32.const 2152
    local.set 2
    br $join
    end
    i32.const 2159
    local.set 2
    br $join
    end
    i32.const 2166
    local.set 2
    br $join
    end
    i32.const 2173
    local.set 2
    br $join
    end
    i32.const 2180
    local.set 2
    br $join
    end
    i32.const 2187
    local.set 2
    br $join
    end
    i32.const 2194
    local.set 2
    br $join
    end
    i32.const 2201
    local.set 2
    br $join
    end
    i32.const 2208
    local.set 2
    br $join
    end
    i32.const 2215
    local.set 2
    br $join
    end
    i32.const 2222
    local.set 2
    br $join
    end
    i32.const 2229
    local.set 2
    br $join
    end
    i32.const 2236
    local.set 2
    br $join
    end
    i32.const 2243
    local.set 2
    br $join
    end
    i32.const 2250
    local.set 2
    br $join
    end
    i32.const 2257
    local.set 2
    br $join
    end
    i32.const 2264
    local.set 2
    br $join
    end
    i32.const 2271
    local.set 2
    br $join
    end
    i32.const 2278
    local.set 2
    br $join
    end
    i32.const 2285
    local.set 2
    br $join
    end
    i32.const 2292
    local.set 2
    br $join
    end
    i32.const 2299
    local.set 2
    br $join
    end
    i32.const 2306
    local.set 2
    br $join
    end
    i32.const 2313
    local.set 2
    br $join
    end
    i32.const 2320
    local.set 2
    br $join
    end
    i32.const 2327
    local.set 2
    br $join
    end
    i32.const 2334
    local.set 2
    br $join
    end
    i32.const 2341
    local.set 2
    br $join
    end
    i32.const 2348
    local.set 2
    br $join
    end
    i32.const 2355
    local.set 2
    br $join
    end
    i32.const 2362
    local.set 2
    br $join
    end
    i32.const 2369
    local.set 2
    br $join
    end
    i32.const 2376
    local.set 2
    br $join
    end
    i32.const 2383
    local.set 2
    br $join
    end
    i32.const 2390
    local.set 2
    br $join
    end
    i32.const 2397
    local.set 2
    br $join
    end
    i32.const 2404
    local.set 2
    br $join
    end
    i32.const 2411
    local.set 2
    br $join
    end
    i32.const 2418
    local.set 2
    br $join
    end
    i32.const 2425
    local.set 2
    br $join
    end
    i32.const 2432
    local.set 2
    br $join
    end
    i32.const 2439
    local.set 2
    br $join
    end
    i32.const 2446
    local.set 2
    br $join
    end
    i32.const 2453
    local.set 2
    br $join
    end
    i32.const 2460
    local.set 2
    br $join
    end
    i32.const 2467
    local.set 2
    br $join
    end
    i32.const 2474
    local.set 2
    br $join
    end
    i32.const 2481
    local.set 2
    br $join
    end
    i32.const 2488
    local.set 2
    br $join
    end
    i32.const 2495
    local.set 2
    br $join
    end
    i32.const 2502
    local.set 2
    br $join
    end
    i32.const 2509
    local.set 2
    br $join
    end
    i32.const 2516
    local.set 2
    br $join
    end
    i32.const 2523
    local.set 2
    br $join
    end
    i32.const 2530
    local.set 2
    br $join
    end
    i32.const 2537
    local.set 2
    br $join
    end
    i32.const 2544
    local.set 2
    br $join
    end
    i32.const 2551
    local.set 2
    br $join
    end
    i32.const 2558
    local.set 2
    br $join
    end
    i32.const 2565
    local.set 2
    br $join
    end
    i32.const 2572
    local.set 2
    br $join
    end
    i32.const 2579
    local.set 2
    br $join
    end
    i32.const 2586
    local.set 2
    br $join
    end
    i32.const 2593
    local.set 2
    br $join
    end
    i32.const 2600
    local.set 2
    br $join
    end
    i32.const 2607
    local.set 2
    br $join
    end
    i32.const 2614
    local.set 2
    br $join
    end
    i32.const 2621
    local.set 2
    br $join
    end
    i32.const 2628
    local.set 2
    br $join
    end
    i32.const 2635
    local.set 2
    br $join
    end
    i32.const 2642
    local.set 2
    br $join
    end
    i32.const 2649
    local.set 2
    br $join
    end
    i32.const 2656
    local.set 2
    br $join
    end
    i32.const 2663
    local.set 2
    br $join
    end
    i32.const 2670
    local.set 2
    br $join
    end
    i32.const 2677
    local.set 2
    br $join
    end
    i32.const 2684
    local.set 2
    br $join
    end
    i32.const 2691
    local.set 2
    br $join
    end
    i32.const 2698
    local.set 2
    br $join
    end
    i32.const 2705
    local.set 2
    br $join
    end
    i32.const 2712
    local.set 2
    br $join
    end
    i32.const 2719
    local.set 2
    br $join
    end
    i32.const 2726
    local.set 2
    br $join
    end
    i32.const 2733
    local.set 2
    br $join
    end
    i32.const 2740
    local.set 2
    br $join
    end
    i32.const 2747
    local.set 2
    br $join
    end
    i32.const 2754
    local.set 2
    br $join
    end
    i32.const 2761
    local.set 2
    br $join
    end
    i32.const 2768
    local.set 2
    br $join
    end
    i32.const 2775
    local.set 2
    br $join
    end
    i32.const 2782
    local.set 2
    br $join
    end
    i32.const 2789
    local.set 2
    br $join
    end
    i32.const 2796
    local.set 2
    br $join
    end
    i32.const 2803
    local.set 2
    br $join
    end
    i32.const 2810
    local.set 2
    br $join
    end
    i32.const 2817
    local.set 2
    br $join
    end
    i32.const 2824
    local.set 2
    br $join
    end
    i32.const 2831
    local.set 2
    br $join
    end
    i32.const 2838
    local.set 2
    br $join
    end
    i32.const 2845
    local.set 2
    br $join
    end
    i32.const 2852
    local.set 2
    br $join
    end
    i32.const 2859
    local.set 2
    br $join
    end
    i32.const 2866
    local.set 2
    br $join
    end
    i32.const 2873
    local.set 2
    br $join
    end
    i32.const 2880
    local.set 2
    br $join
    end
    i32.const 2887
    local.set 2
    br $join
    end
    i32.const 2894
    local.set 2
    br $join
    end
    i32.const 2901
    local.set 2
    br $join
    end
    i32.const 2908
    local.set 2
    br $join
    end
    i32.const 2915
    local.set 2
    br $join
    end
    i32.const 2922
    local.set 2
    br $join
    end
    i32.const 2929
    local.set 2
    br $join
    end
    i32.const 2936
    local.set 2
    br $join
    end
    i32.const 2943
    local.set 2
    br $join
    end
    i32.const 2950
    local.set 2
    br $join
    end
    i32.const 2957
    local.set 2
    br $join
    end
    i32.const 2964
    local.set 2
    br $join
    end
    i32.const 2971
    local.set 2
    br $join
    end
    i32.const 2978
    local.set 2
    br $join
    end
    i32.const 2985
    local.set 2
    br $join
    end
    i32.const 2992
    local.set 2
    br $join
    end
    i32.const 2999
    local.set 2
    br $join
    end
    i32.const 3006
    local.set 2
    br $join
    end
    i32.const 3013
    local.set 2
    br $join
    end
    i32.const 3020
    local.set 2
    br $join
    end
    i32.const 3027
    local.set 2
    br $join
    end
    i32.const 3034
    local.set 2
    br $join
    end
    i32.const 3041
    local.set 2
    br $join
    end
    i32.const 3048
    local.set 2
    br $join
    end
    i32.const 3055
    local.set 2
    br $join
    end
    i32.const 3062
    local.set 2
    br $join
    end
    i32.const 3069
    local.set 2
    br $join
    end
    i32.const 3076
    local.set 2
    br $join
    end
    i32.const 3083
    local.set 2
    br $join
    end
    i32.const 3090
    local.set 2
    br $join
    end
    i32.const 3097
    local.set 2
    br $join
    end
    i32.const 3104
    local.set 2
    br $join
    end
    i32.const 3111
    local.set 2
    br $join
    end
    i32.const 3118
    local.set 2
    br $join
    end
    i32.const 3125
    local.set 2
    br $join
    end
    i32.const 3132
    local.set 2
    br $join
    end
    i32.const 3139
    local.set 2
    br $join
    end
    i32.const 3146
    local.set 2
    br $join
    end
    i32.const 3153
    local.set 2
    br $join
    end
    i32.const 3160
    local.set 2
    br $join
    end
    i32.const 3167
    local.set 2
    br $join
    end
    i32.const 3174
    local.set 2
    br $join
    end
    i32.const 3181
    local.set 2
    br $join
    end
    i32.const 3188
    local.set 2
    br $join
    end
    i32.const 3195
    local.set 2
    br $join
    end
    i32.const 3202
    local.set 2
    br $join
    end
    i32.const 3209
    local.set 2
    br $join
    end
    i32.const 3216
    local.set 2
    br $join
    end
    i32.const 3223
    local.set 2
    br $join
    end
    i32.const 3230
    local.set 2
    br $join
    end
    i32.const 3237
    local.set 2
    br $join
    end
    i32.const 3244
    local.set 2
    br $join
    end
    i32.const 3251
    local.set 2
    br $join
    end
    i32.const 3258
    local.set 2
    br $join
    end
    i32.const 3265
    local.set 2
    br $join
    end
    i32.const 3272
    local.set 2
    br $join
    end
    i32.const 3279
    local.set 2
    br $join
    end
    i32.const 3286
    local.set 2
    br $join
    end
    i32.const 3293
    local.set 2
    br $join
    end
    i32.const 3300
    local.set 2
    br $join
    end
    i32.const 3307
    local.set 2
    br $join
    end
    i32.const 3314
    local.set 2
    br $join
    end
    i32.const 3321
    local.set 2
    br $join
    end
    i32.const 3328
    local.set 2
    br $join
    end
    i32.const 3335
    local.set 2
    br $join
    end
    i32.const 3342
    local.set 2
    br $join
    end
    i32.const 3349
    local.set 2
    br $join
    end
    i32.const 3356
    local.set 2
    br $join
    end
    i32.const 3363
    local.set 2
    br $join
    end
    i32.const 3370
    local.set 2
    br $join
    end
    i32.const 3377
    local.set 2
    br $join
    end
    i32.const 3384
    local.set 2
    br $join
    end
    i32.const 3391
    local.set 2
    br $join
    end
    i32.const 3398
    local.set 2
    br $join
    end
    i32.const 3405
    local.set 2
    br $join
    end
    i32.const 3412
    local.set 2
    br $join
    end
    i32.const 3419
    local.set 2
    br $join
    end
    i32.const 3426
    local.set 2
    br $join
    end
    i32.const 3433
    local.set 2
    br $join
    end
    i32.const 3440
    local.set 2
    br $join
    end
    i32.const 3447
    local.set 2
    br $join
    end
    i32.const 3454
    local.set 2
    br $join
    end
    i32.const 3461
    local.set 2
    br $join
    end
    i32.const 3468
    local.set 2
    br $join
    end
    i32.const 3475
    local.set 2
    br $join
    end
    i32.const 3482
    local.set 2
    br $join
    end
    i32.const 3489
    local.set 2
    br $join
    end
    i32.const 3496
    local.set 2
    br $join
    end
    i32.const 3503
    local.set 2
    br $join
    end
    i32.const 3510
    local.set 2
    br $join
    end
    i32.const 3517
    local.set 2
    br $join
    end
    i32.const 3524
    local.set 2
    br $join
    end
    i32.const 3531
    local.set 2
    br $join
    end
    i32.const 3538
    local.set 2
    br $join
    end
    i32.const 3545
    local.set 2
    br $join
    end
    i32.const 3552
    local.set 2
    br $join
    end
    i32.const 3559
    local.set 2
    br $join
    end
    i32.const 3566
    local.set 2
    br $join
    end
    i32.const 3573
    local.set 2
    br $join
    end
    i32.const 3580
    local.set 2
    br $join
    end
    i32.const 3587
    local.set 2
    br $join
    end
    i32.const 3594
    local.set 2
    br $join
    end
    i32.const 3601
    local.set 2
    br $join
    end
    i32.const 3608
    local.set 2
    br $join
    end
    i32.const 3615
    local.set 2
    br $join
    end
    i32.const 3622
    local.set 2
    br $join
    end
    i32.const 3629
    local.set 2
    br $join
    end
    i32.const 3636
    local.set 2
    br $join
    end
    i32.const 3643
    local.set 2
    br $join
    end
    i32.const 3650
    local.set 2
    br $join
    end
    i32.const 3657
    local.set 2
    br $join
    end
    i32.const 3664
    local.set 2
    br $join
    end
    i32.const 3671
    local.set 2
    br $join
    end
    i32.const 3678
    local.set 2
    br $join
    end
    i32.const 3685
    local.set 2
    br $join
    end
    i32.const 3692
    local.set 2
    br $join
    end
    i32.const 3699
    local.set 2
    br $join
    end
    i32.const 3706
    local.set 2
    br $join
    end
    i32.const 3713
    local.set 2
    br $join
    end
    i32.const 3720
    local.set 2
    br $join
    end
    i32.const 3727
    local.set 2
    br $join
    end
    i32.const 3734
    local.set 2
    br $join
    end
    i32.const 3741
    local.set 2
    br $join
    end
    i32.const 3748
    local.set 2
    br $join
    end
    i32.const 3755
    local.set 2
    br $join
    end
    i32.const 3762
    local.set 2
    br $join
    end
    i32.const 3769
    local.set 2
    br $join
    end
    i32.const 3776
    local.set 2
    br $join
    end
    i32.const 3783
    local.set 2
    br $join
    end
    i32.const 3790
    local.set 2
    br $join
    end
    i32.const 3797
    local.set 2
    br $join
    end
    i32.const 3804
    local.set 2
    br $join
    end
    i32.const 3811
    local.set 2
    br $join
    end
    i32.const 3818
    local.set 2
    br $join
    end
    i32.const 3825
    local.set 2
    br $join
    end
    i32.const 3832
    local.set 2
    br $join
    end
    i32.const 3839
    local.set 2
    br $join
    end
    i32.const 3846
    local.set 2
    br $join
    end
    i32.const 3853
    local.set 2
    br $join
    end
    i32.const 3860
    local.set 2
    br $join
    end
    i32.const 3867
    local.set 2
    br $join
    end
    i32.const 3874
    local.set 2
    br $join
    end
    i32.const 3881
    local.set 2
    br $join
    end
    i32.const 3888
    local.set 2
    br $join
    end
    i32.const 3895
    local.set 2
    br $join
    end
    i32.const 3902
    local.set 2
    br $join
    end
    i32.const 3909
    local.set 2
    br $join
    end
    i32.const 3916
    local.set 2
    br $join
    end
    i32.const 3923
    local.set 2
    br $join
    end
    i32.const 3930
    local.set 2
    br $join
    end
    i32.const 3937
    local.set 2
    br $join
    end
    i32.const 3944
    local.set 2
    br $join
    end
    i32.const 3951
    local.set 2
    br $join
    end
    i32.const 3958
    local.set 2
    br $join
    end
    i32.const 3965
    local.set 2
    br $join
    end
    i32.const 3972
    local.set 2
    br $join
    end
    i32.const 3979
    local.set 2
    br $join
    end
    i32.const 3986
    local.set 2
    br $join
    end
    i32.const 3993
    local.set 2
    br $join
    end
    i32.const 4000
    local.set 2
    br $join
    end
    i32.const 4007
    local.set 2
    br $join
    end
    i32.const 4014
    local.set 2
    br $join
    end
    i32.const 4021
    local.set 2
    br $join
    end
    i32.const 4028
    local.set 2
    br $join
    end
    i32.const 4035
    local.set 2
    br $join
    end
    i32.const 4042
    local.set 2
    br $join
    end
    i32.const 4049
    local.set 2
    br $join
    end
    i32.const 4056
    local.set 2
    br $join
    end
    i32.const 4063
    local.set 2
    br $join
    end
    i32.const 4070
    local.set 2
    br $join
    end
    i32.const 4077
    local.set 2
    br $join
    end
    i32.const 4084
    local.set 2
    br $join
    end
    i32.const 4091
    local.set 2
    br $join
    end
    i32.const 4098
    local.set 2
    br $join
    end
    i32.const 4105
    local.set 2
    br $join
    end
    i32.const 4112
    local.set 2
    br $join
    end
    i32.const 4119
    local.set 2
    br $join
    end
    i32.const 4126
    local.set 2
    br $join
    end
    i32.const 4133
    local.set 2
    br $join
    end
    i32.const 4140
    local.set 2
    br $join
    end
    i32.const 4147
    local.set 2
    br $join
    end
    i32.const 4154
    local.set 2
    br $join
    end
    i32.const 4161
    local.set 2
    br $join
    end
    i32.const 4168
    local.set 2
    br $join
    end
    i32.const 4175
    local.set 2
    br $join
    end
    i32.const 4182
    local.set 2
    br $join
    end
    i32.const 4189
    local.set 2
    br $join
    end
    i32.const 4196
    local.set 2
    br $join
    end
    i32.const 4203
    local.set 2
    br $join
    end
    i32.const 4210
    local.set 2
    br $join
    end
    i32.const 4217
    local.set 2
    br $join
    end
    i32.const 4224
    local.set 2
    br $join
    end
    i32.const 4231
    local.set 2
    br $join
    end
    i32.const 4238
    local.set 2
    br $join
    end
    i32.const 4245
    local.set 2
    br $join
    end
    i32.const 4252
    local.set 2
    br $join
    end
    i32.const 4259
    local.set 2
    br $join
    end
    i32.const 4266
    local.set 2
    br $join
    end
    i32.const 4273
    local.set 2
    br $join
    end
    i32.const 4280
    local.set 2
    br $join
    end
    i32.const 4287
    local.set 2
    br $join
    end
    i32.const 4294
    local.set 2
    br $join
    end
    i32.const 4301
    local.set 2
    br $join
    end
    i32.const 4308
    local.set 2
    br $join
    end
    i32.const 4315
    local.set 2
    br $join
    end
    i32.const 4322
    local.set 2
    br $join
    end
    i32.const 4329
    local.set 2
    br $join
    end
    i32.const 4336
    local.set 2
    br $join
    end
    i32.const 4343
    local.set 2
    br $join
    end
    i32.const 4350
    local.set 2
    br $join
    end
    i32.const 4357
    local.set 2
    br $join
    end
    i32.const 4364
    local.set 2
    br $join
    end
    i32.const 4371
    local.set 2
    br $join
    end
    i32.const 4378
    local.set 2
    br $join
    end
    i32.const 4385
    local.set 2
    br $join
    end
    i32.const 4392
    local.set 2
    br $join
    end
    i32.const 4399
    local.set 2
    br $join
    end
    i32.const 4406
    local.set 2
    br $join
    end
    i32.const 4413
    local.set 2
    br $join
    end
    i32.const 4420
    local.set 2
    br $join
    end
    i32.const 4427
    local.set 2
    br $join
    end
    i32.const 4434
    local.set 2
    br $join
    end
    i32.const 4441
    local.set 2
    br $join
    end
    i32.const 4448
    local.set 2
    br $join
    end
    i32.const 4455
    local.set 2
    br $join
    end
    i32.const 4462
    local.set 2
    br $join
    end
    i32.const 4469
    local.set 2
    br $join
    end
    i32.const 4476
    local.set 2
    br $join
    end
    i32.const 4483
    local.set 2
    br $join
    end
    i32.const 4490
    local.set 2
    br $join
    end
    i32.const 4497
    local.set 2
    br $join
    end
    i32.const 4504
    local.set 2
    br $join
    end
    i32.const 4511
    local.set 2
    br $join
    end
    i32.const 4518
    local.set 2
    br $join
    end
    i32.const 4525
    local.set 2
    br $join
    end
    i32.const 4532
    local.set 2
    br $join
    end
    i32.const 4539
    local.set 2
    br $join
    end
    i32.const 4546
    local.set 2
    br $join
    end
    i32.const 4553
    local.set 2
    br $join
    end
    i32.const 4560
    local.set 2
    br $join
    end
    i32.const 4567
    local.set 2
    br $join
    end
    i32.const 4574
    local.set 2
    br $join
    end
    i32.const 4581
    local.set 2
    br $join
    end
    i32.const 4588
    local.set 2
    br $join
    end
    i32.const 4595
    local.set 2
    br $join
    end
    i32.const 4602
    local.set 2
    br $join
    end
    i32.const 4609
    local.set 2
    br $join
    end
    i32.const 4616
    local.set 2
    br $join
    end
    i32.const 4623
    local.set 2
    br $join
    end
    i32.const 4630
    local.set 2
    br $join
    end
    i32.const 4637
    local.set 2
    br $join
    end
    i32.const 4644
    local.set 2
    br $join
    end
    i32.const 4651
    local.set 2
    br $join
    end
    i32.const 4658
    local.set 2
    br $join
    end
    i32.const 4665
    local.set 2
    br $join
    end
    i32.const 4672
    local.set 2
    br $join
    end
    i32.const 4679
    local.set 2
    br $join
    end
    i32.const 4686
    local.set 2
    br $join
    end
    i32.const 4693
    local.set 2
    br $join
    end
    i32.const 4700
    local.set 2
    br $join
    end
    i32.const 4707
    local.set 2
    br $join
    end
    i32.const 4714
    local.set 2
    br $join
    end
    i32.const 4721
    local.set 2
    br $join
    end
    i32.const 4728
    local.set 2
    br $join
    end
    i32.const 4735
    local.set 2
    br $join
    end
    i32.const 4742
    local.set 2
    br $join
    end
    i32.const 4749
    local.set 2
    br $join
    end
    i32.const 4756
    local.set 2
    br $join
    end
    i32.const 4763
    local.set 2
    br $join
    end
    i32.const 4770
    local.set 2
    br $join
    end
    i32.const 4777
    local.set 2
    br $join
    end
    i32.const 4784
    local.set 2
    br $join
    end
    i32.const 4791
    local.set 2
    br $join
    end
    i32.const 4798
    local.set 2
    br $join
    end
    i32.const 4805
    local.set 2
    br $join
    end
    i32.const 4812
    local.set 2
    br $join
    end
    i32.const 4819
    local.set 2
    br $join
    end
    i32.const 4826
    local.set 2
    br $join
    end
    i32.const 4833
    local.set 2
    br $join
    end
    i32.const 4840
    local.set 2
    br $join
    end
    i32.const 4847
    local.set 2
    br $join
    end
    i32.const 4854
    local.set 2
    br $join
    end
    i32.const 4861
    local.set 2
    br $join
    end
    i32.const 4868
    local.set 2
    br $join
    end
    i32.const 4875
    local.set 2
    br $join
    end
    i32.const 4882
    local.set 2
    br $join
    end
    i32.const 4889
    local.set 2
    br $join
    end
    i32.const 4896
    local.set 2
    br $join
    end
    i32.const 4903
    local.set 2
    br $join
    end
    i32.const 4910
    local.set 2
    br $join
    end
    i32.const 4917
    local.set 2
    br $join
    end
    i32.const 4924
    local.set 2
    br $join
    end
    i32.const 4931
    local.set 2
    br $join
    end
    i32.const 4938
    local.set 2
    br $join
    end
    i32.const 4945
    local.set 2
    br $join
    end
    i32.const 4952
    local.set 2
    br $join
    end
    i32.const 4959
    local.set 2
    br $join
    end
    i32.const 4966
    local.set 2
    br $join
    end
    i32.const 4973
    local.set 2
    br $join
    end
    i32.const 4980
    local.set 2
    br $join
    end
    i32.const 4987
    local.set 2
    br $join
    end
    i32.const 4994
    local.set 2
    br $join
    end
    i32.const 5001
    local.set 2
    br $join
    end
    i32.const 5008
    local.set 2
    br $join
    end
    i32.const 5015
    local.set 2
    br $join
    end
    i32.const 5022
    local.set 2
    br $join
    end
    i32.const 5029
    local.set 2
    br $join
    end
    i32.const 5036
    local.set 2
    br $join
    end
    i32.const 5043
    local.set 2
    br $join
    end
    i32.const 5050
    local.set 2
    br $join
    end
    i32.const 5057
    local.set 2
    br $join
    end
    i32.const 5064
    local.set 2
    br $join
    end
    i32.const 5071
    local.set 2
    br $join
    end
    i32.const 5078
    local.set 2
    br $join
    end
    i32.const 5085
    local.set 2
    br $join
    end
    i32.const 5092
    local.set 2
    br $join
    end
    i32.const 5099
    local.set 2
    br $join
    end
    i32.const 5106
    local.set 2
    br $join
    end
    i32.const 5113
    local.set 2
    br $join
    end
    i32.const 5120
    local.set 2
    br $join
    end
    i32.const 5127
    local.set 2
    br $join
    end
    i32.const 5134
    local.set 2
    br $join
    end
    i32.const 5141
    local.set 2
    br $join
    end
    i32.const 5148
    local.set 2
    br $join
    end
    i32.const 5155
    local.set 2
    br $join
    end
    i32.const 5162
    local.set 2
    br $join
    end
    i32.const 5169
    local.set 2
    br $join
    end
    i32.const 5176
    local.set 2
    br $join
    end
    i32.const 5183
    local.set 2
    br $join
    end
    i32.const 5190
    local.set 2
    br $join
    end
    i32.const 5197
    local.set 2
    br $join
    end
    i32.const 5204
    local.set 2
    br $join
    end
    i32.const 5211
    local.set 2
    br $join
    end
    i32.const 5218
    local.set 2
    br $join
    end
    i32.const 5225
    local.set 2
    br $join
    end
    i32.const 5232
    local.set 2
    br $join
    end
    i32.const 5239
    local.set 2
    br $join
    end
    i32.const 5246
    local.set 2
    br $join
    end
    i32.const 5253
    local.set 2
    br $join
    end
    i32.const 5260
    local.set 2
    br $join
    end
    i32.const 5267
    local.set 2
    br $join
    end
    i32.const 5274
    local.set 2
    br $join
    end
    i32.const 5281
    local.set 2
    br $join
    end
    i32.const 5288
    local.set 2
    br $join
    end
    i32.const 5295
    local.set 2
    br $join
    end
    i32.const 5302
    local.set 2
    br $join
    end
    i32.const 5309
    local.set 2
    br $join
    end
    i32.const 5316
    local.set 2
    br $join
    end
    i32.const 5323
    local.set 2
    br $join
    end
    i32.const 5330
    local.set 2
    br $join
    end
    i32.const 5337
    local.set 2
    br $join
    end
    i32.const 5344
    local.set 2
    br $join
    end
    i32.const 5351
    local.set 2
    br $join
    end
    i32.const 5358
    local.set 2
    br $join
    end
    i32.const 5365
    local.set 2
    br $join
    end
    i32.const 5372
    local.set 2
    br $join
    end
    i32.const 5379
    local.set 2
    br $join
    end
    i32.const 5386
    local.set 2
    br $join
    end
    i32.const 5393
    local.set 2
    br $join
    end
    i32.const 5400
    local.set 2
    br $join
    end
    i32.const 5407
    local.set 2
    br $join
    end
    i32.const 5414
    local.set 2
    br $join
    end
    i32.const 5421
    local.set 2
    br $join
    end
    i32.const 5428
    local.set 2
    br $join
    end
    i32.const 5435
    local.set 2
    br $join
    end
    i32.const 5442
    local.set 2
    br $join
    end
    i32.const 5449
    local.set 2
    br $join
    end
    i32.const 5456
    local.set 2
    br $join
    end
    i32.const 5463
    local.set 2
    br $join
    end
    i32.const 5470
    local.set 2
    br $join
    end
    i32.const 5477
    local.set 2
    br $join
    end
    i32.const 5484
    local.set 2
    br $join
    end
    i32.const 5491
    local.set 2
    br $join
    end
    i32.const 5498
    local.set 2
    br $join
    end
    i32.const 5505
    local.set 2
    br $join
    end
    i32.const 5512
    local.set 2
    br $join
    end
    i32.const 5519
    local.set 2
    br $join
    end
    i32.const 5526
    local.set 2
    br $join
    end
    i32.const 5533
    local.set 2
    br $join
    end
    i32.const 5540
    local.set 2
    br $join
    end
    i32.const 5547
    local.set 2
    br $join
    end
    i32.const 5554
    local.set 2
    br $join
    end
    i32.const 5561
    local.set 2
    br $join
    end
    i32.const 5568
    local.set 2
    br $join
    end
    i32.const 5575
    local.set 2
    br $join
    end
    i32.const 5582
    local.set 2
    br $join
    end
    i32.const 5589
    local.set 2
    br $join
    end
    i32.const 5596
    local.set 2
    br $join
    end
    i32.const 5603
    local.set 2
    br $join
    end
    i32.const 5610
    local.set 2
    br $join
    end
    i32.const 5617
    local.set 2
    br $join
    end
    i32.const 5624
    local.set 2
    br $join
    end
    i32.const 5631
    local.set 2
    br $join
    end
    i32.const 5638
    local.set 2
    br $join
    end
    i32.const 5645
    local.set 2
    br $join
    end
    i32.const 5652
    local.set 2
    br $join
    end
    i32.const 5659
    local.set 2
    br $join
    end
    i32.const 5666
    local.set 2
    br $join
    end
    i32.const 5673
    local.set 2
    br $join
    end
    i32.const 5680
    local.set 2
    br $join
    end
    i32.const 5687
    local.set 2
    br $join
    end
    i32.const 5694
    local.set 2
    br $join
    end
    i32.const 5701
    local.set 2
    br $join
    end
    i32.const 5708
    local.set 2
    br $join
    end
    i32.const 5715
    local.set 2
    br $join
    end
    i32.const 5722
    local.set 2
    br $join
    end
    i32.const 5729
    local.set 2
    br $join
    end
    i32.const 5736
    local.set 2
    br $join
    end
    i32.const 5743
    local.set 2
    br $join
    end
    i32.const 5750
    local.set 2
    br $join
    end
    i32.const 5757
    local.set 2
    br $join
    end
    i32.const 5764
    local.set 2
    br $join
    end
    i32.const 5771
    local.set 2
    br $join
    end
    i32.const 5778
    local.set 2
    br $join
    end
    i32.const 5785
    local.set 2
    br $join
    end
    i32.const 5792
    local.set 2
    br $join
    end
    i32.const 5799
    local.set 2
    br $join
    end
    i32.const 5806
    local.set 2
    br $join
    end
    i32.const 5813
    local.set 2
    br $join
    end
    i32.const 5820
    local.set 2
    br $join
    end
    i32.const 5827
    local.set 2
    br $join
    end
    i32.const 5834
    local.set 2
    br $join
    end
    i32.const 5841
    local.set 2
    br $join
    end
    i32.const 5848
    local.set 2
    br $join
    end
    i32.const 5855
    local.set 2
    br $join
    end
    i32.const 5862
    local.set 2
    br $join
    end
    i32.const 5869
    local.set 2
    br $join
    end
    i32.const 5876
    local.set 2
    br $join
    end
    i32.const 5883
    local.set 2
    br $join
    end
    i32.const 5890
    local.set 2
    br $join
    end
    i32.const 5897
    local.set 2
    br $join
    end
    i32.const 5904
    local.set 2
    br $join
    end
    i32.const 5911
    local.set 2
    br $join
    end
    i32.const 5918
    local.set 2
    br $join
    end
    i32.const 5925
    local.set 2
    br $join
    end
    i32.const 5932
    local.set 2
    br $join
    end
    i32.const 5939
    local.set 2
    br $join
    end
    i32.const 5946
    local.set 2
    br $join
    end
    i32.const 5953
    local.set 2
    br $join
    end
    i32.const 5960
    local.set 2
    br $join
    end
    i32.const 5967
    local.set 2
    br $join
    end
    i32.const 5974
    local.set 2
    br $join
    end
    i32.const 5981
    local.set 2
    br $join
    end
    i32.const 5988
    local.set 2
    br $join
    end
    i32.const 5995
    local.set 2
    br $join
    end
    i32.const 6002
    local.set 2
    br $join
    end
    i32.const 6009
    local.set 2
    br $join
    end
    i32.const 6016
    local.set 2
    br $join
    end
    i32.const 6023
    local.set 2
    br $join
    end
    i32.const 6030
    local.set 2
    br $join
    end
    i32.const 6037
    local.set 2
    br $join
    end
    i32.const 6044
    local.set 2
    br $join
    end
    i32.const 6051
    local.set 2
    br $join
    end
    i32.const 6058
    local.set 2
    br $join
    end
    i32.const 6065
    local.set 2
    br $join
    end
    i32.const 6072
    local.set 2
    br $join
    end
    i32.const 6079
    local.set 2
    br $join
    end
    i32.const 6086
    local.set 2
    br $join
    end
    i32.const 6093
    local.set 2
    br $join
    end
    i32.const 6100
    local.set 2
    br $join
    end
    i32.const 6107
    local.set 2
    br $join
    end
    i32.const 6114
    local.set 2
    br $join
    end
    i32.const 6121
    local.set 2
    br $join
    end
    i32.const 6128
    local.set 2
    br $join
    end
    i32.const 6135
    local.set 2
    br $join
    end
    i32.const 6142
    local.set 2
    br $join
    end
    i32.const 6149
    local.set 2
    br $join
    end
    i32.const 6156
    local.set 2
    br $join
    end
    i32.const 6163
    local.set 2
    br $join
    end
    i32.const 6170
    local.set 2
    br $join
    end
    i32.const 6177
    local.set 2
    br $join
    end
    i32.const 6184
    local.set 2
    br $join
    end
    i32.const 6191
    local.set 2
    br $join
    end
    i32.const 6198
    local.set 2
    br $join
    end
    i32.const 6205
    local.set 2
    br $join
    end
    i32.const 6212
    local.set 2
    br $join
    end
    i32.const 6219
    local.set 2
    br $join
    end
    i32.const 6226
    local.set 2
    br $join
    end
    i32.const 6233
    local.set 2
    br $join
    end
    i32.const 6240
    local.set 2
    br $join
    end
    i32.const 6247
    local.set 2
    br $join
    end
    i32.const 6254
    local.set 2
    br $join
    end
    i32.const 6261
    local.set 2
    br $join
    end
    i32.const 6268
    local.set 2
    br $join
    end
    i32.const 6275
    local.set 2
    br $join
    end
    i32.const 6282
    local.set 2
    br $join
    end
    i32.const 6289
    local.set 2
    br $join
    end
    i32.const 6296
    local.set 2
    br $join
    end
    i32.const 6303
    local.set 2
    br $join
    end
    i32.const 6310
    local.set 2
    br $join
    end
    i32.const 6317
    local.set 2
    br $join
    end
    i32.const 6324
    local.set 2
    br $join
    end
    i32.const 6331
    local.set 2
    br $join
    end
    i32.const 6338
    local.set 2
    br $join
    end
    i32.const 6345
    local.set 2
    br $join
    end
    i32.const 6352
    local.set 2
    br $join
    end
    i32.const 6359
    local.set 2
    br $join
    end
    i32.const 6366
    local.set 2
    br $join
    end
    i32.const 6373
    local.set 2
    br $join
    end
    i32.const 6380
    local.set 2
    br $join
    end
    i32.const 6387
    local.set 2
    br $join
    end
    i32.const 6394
    local.set 2
    br $join
    end
    i32.const 6401
    local.set 2
    br $join
    end
    i32.const 6408
    local.set 2
    br $join
    end
    i32.const 6415
    local.set 2
    br $join
    end
    i32.const 6422
    local.set 2
    br $join
    end
    i32.const 6429
    local.set 2
    br $join
    end
    i32.const 6436
    local.set 2
    br $join
    end
    i32.const 6443
    local.set 2
    br $join
    end
    i32.const 6450
    local.set 2
    br $join
    end
    i32.const 6457
    local.set 2
    br $join
    end
    i32.const 6464
    local.set 2
    br $join
    end
    i32.const 6471
    local.set 2
    br $join
    end
    i32.const 6478
    local.set 2
    br $join
    end
    i32.const 6485
    local.set 2
    br $join
    end
    i32.const 6492
    local.set 2
    br $join
    end
    i32.const 6499
    local.set 2
    br $join
    end
    i32.const 6506
    local.set 2
    br $join
    end
    i32.const 6513
    local.set 2
    br $join
    end
    i32.const 6520
    local.set 2
    br $join
    end
    i32.const 6527
    local.set 2
    br $join
    end
    i32.const 6534
    local.set 2
    br $join
    end
    i32.const 6541
    local.set 2
    br $join
    end
    i32.const 6548
    local.set 2
    br $join
    end
    i32.const 6555
    local.set 2
    br $join
    end
    i32.const 6562
    local.set 2
    br $join
    end
    i32.const 6569
    local.set 2
    br $join
    end
    i32.const 6576
    local.set 2
    br $join
    end
    i32.const 6583
    local.set 2
    br $join
    end
    i32.const 6590
    local.set 2
    br $join
    end
    i32.const 6597
    local.set 2
    br $join
    end
    i32.const 6604
    local.set 2
    br $join
    end
    i32.const 6611
    local.set 2
    br $join
    end
    i32.const 6618
    local.set 2
    br $join
    end
    i32.const 6625
    local.set 2
    br $join
    end
    i32.const 6632
    local.set 2
    br $join
    end
    i32.const 6639
    local.set 2
    br $join
    end
    i32.const 6646
    local.set 2
    br $join
    end
    i32.const 6653
    local.set 2
    br $join
    end
    i32.const 6660
    local.set 2
    br $join
    end
    i32.const 6667
    local.set 2
    br $join
    end
    i32.const 6674
    local.set 2
    br $join
    end
    i32.const 6681
    local.set 2
    br $join
    end
    i32.const 6688
    local.set 2
    br $join
    end
    i32.const 6695
    local.set 2
    br $join
    end
    i32.const 6702
    local.set 2
    br $join
    end
    i32.const 6709
    local.set 2
    br $join
    end
    i32.const 6716
    local.set 2
    br $join
    end
    i32.const 6723
    local.set 2
    br $join
    end
    i32.const 6730
    local.set 2
    br $join
    end
    i32.const 6737
    local.set 2
    br $join
    end
    i32.const 6744
    local.set 2
    br $join
    end
    i32.const 6751
    local.set 2
    br $join
    end
    i32.const 6758
    local.set 2
    br $join
    end
    i32.const 6765
    local.set 2
    br $join
    end
    i32.const 6772
    local.set 2
    br $join
    end
    i32.const 6779
    local.set 2
    br $join
    end
    i32.const 6786
    local.set 2
    br $join
    end
    i32.const 6793
    local.set 2
    br $join
    end
    i32.const 6800
    local.set 2
    br $join
    end
    i32.const 6807
    local.set 2
    br $join
    end
    i32.const 6814
    local.set 2
    br $join
    end
    i32.const 6821
    local.set 2
    br $join
    end
    i32.const 6828
    local.set 2
    br $join
    end
    i32.const 6835
    local.set 2
    br $join
    end
    i32.const 6842
    local.set 2
    br $join
    end
    i32.const 6849
    local.set 2
    br $join
    end
    i32.const 6856
    local.set 2
    br $join
    end
    i32.const 6863
    local.set 2
    br $join
    end
    i32.const 6870
    local.set 2
    br $join
    end
    i32.const 6877
    local.set 2
    br $join
    end
    i32.const 6884
    local.set 2
    br $join
    end
    i32.const 6891
    local.set 2
    br $join
    end
    i32.const 6898
    local.set 2
    br $join
    end
    i32.const 6905
    local.set 2
    br $join
    end
    i32.const 6912
    local.set 2
    br $join
    end
    i32.const 6919
    local.set 2
    br $join
    end
    i32.const 6926
    local.set 2
    br $join
    end
    i32.const 6933
    local.set 2
    br $join
    end
    i32.const 6940
    local.set 2
    br $join
    end
    i32.const 6947
    local.set 2
    br $join
    end
    i32.const 6954
    local.set 2
    br $join
    end
    i32.const 6961
    local.set 2
    br $join
    end
    i32.const 6968
    local.set 2
    br $join
    end
    i32.const 6975
    local.set 2
    br $join
    end
    i32.const 6982
    local.set 2
    br $join
    end
    i32.const 6989
    local.set 2
    br $join
    end
    i32.const 6996
    local.set 2
    br $join
    end
    i32.const 7003
    local.set 2
    br $join
    end
    i32.const 7010
    local.set 2
    br $join
    end
    i32.const 7017
    local.set 2
    br $join
    end
    i32.const 7024
    local.set 2
    br $join
    end
    i32.const 7031
    local.set 2
    br $join
    end
    i32.const 7038
    local.set 2
    br $join
    end
    i32.const 7045
    local.set 2
    br $join
    end
    i32.const 7052
    local.set 2
    br $join
    end
    i32.const 7059
    local.set 2
    br $join
    end
    i32.const 7066
    local.set 2
    br $join
    end
    i32.const 7073
    local.set 2
    br $join
    end
    i32.const 7080
    local.set 2
    br $join
    end
    i32.const 7087
    local.set 2
    br $join
    end
    i32.const 7094
    local.set 2
    br $join
    end
    i32.const 7101
    local.set 2
    br $join
    end
    i32.const 7108
    local.set 2
    br $join
    end
    i32.const 7115
    local.set 2
    br $join
    end
    i32.const 7122
    local.set 2
    br $join
    end
    i32.const 7129
    local.set 2
    br $join
    end
    i32.const 7136
    local.set 2
    br $join
    end
    i32.const 7143
    local.set 2
    br $join
    end
    i32.const 7150
    local.set 2
    br $join
    end
    i32.const 7157
    local.set 2
    br $join
    end
    i32.const 7164
    local.set 2
    br $join
    end
    i32.const 7171
    local.set 2
    br $join
    end
    i32.const 7178
    local.set 2
    br $join
    end
    i32.const 7185
    local.set 2
    br $join
    end
    i32.const 7192
    local.set 2
    br $join
    end
    i32.const 7199
    local.set 2
    br $join
    end
    i32.const 7206
    local.set 2
    br $join
    end
    i32.const 7213
    local.set 2
    br $join
    end
    i32.const 7220
    local.set 2
    br $join
    end
    i32.const 7227
    local.set 2
    br $join
    end
    i32.const 7234
    local.set 2
    br $join
    end
    i32.const 7241
    local.set 2
    br $join
    end
    i32.const 7248
    local.set 2
    br $join
    end
    i32.const 7255
    local.set 2
    br $join
    end
    i32.const 7262
    local.set 2
    br $join
    end
    i32.const 7269
    local.set 2
    br $join
    end
    i32.const 7276
    local.set 2
    br $join
    end
    i32.const 7283
    local.set 2
    br $join
    end
    i32.const 7290
    local.set 2
    br $join
    end
    i32.const 7297
    local.set 2
    br $join
    end
    i32.const 7304
    local.set 2
    br $join
    end
    i32.const 7311
    local.set 2
    br $join
    end
    i32.const 7318
    local.set 2
    br $join
    end
    i32.const 7325
    local.set 2
    br $join
    end
    i32.const 7332
    local.set 2
    br $join
    end
    i32.const 7339
    local.set 2
    br $join
    end
    i32.const 7346
    local.set 2
    br $join
    end
    i32.const 7353
    local.set 2
    br $join
    end
    i32.const 7360
    local.set 2
    br $join
    end
    i32.const 7367
    local.set 2
    br $join
    end
    i32.const 7374
    local.set 2
    br $join
    end
    i32.const 7381
    local.set 2
    br $join
    end
    i32.const 7388
    local.set 2
    br $join
    end
    i32.const 7395
    local.set 2
    br $join
    end
    i32.const 7402
    local.set 2
    br $join
    end
    i32.const 7409
    local.set 2
    br $join
    end
    i32.const 7416
    local.set 2
    br $join
    end
    i32.const 7423
    local.set 2
    br $join
    end
    i32.const 7430
    local.set 2
    br $join
    end
    i32.const 7437
    local.set 2
    br $join
    end
    i32.const 7444
    local.set 2
    br $join
    end
    i32.const 7451
    local.set 2
    br $join
    end
    i32.const 7458
    local.set 2
    br $join
    end
    i32.const 7465
    local.set 2
    br $join
    end
    i32.const 7472
    local.set 2
    br $join
    end
    i32.const 7479
    local.set 2
    br $join
    end
    i32.const 7486
    local.set 2
    br $join
    end
    i32.const 7493
    local.set 2
    br $join
    end
    i32.const 7500
    local.set 2
    br $join
    end
    i32.const 7507
    local.set 2
    br $join
    end
    i32.const 7514
    local.set 2
    br $join
    end
    i32.const 7521
    local.set 2
    br $join
    end
    i32.const 7528
    local.set 2
    br $join
    end
    i32.const 7535
    local.set 2
    br $join
    end
    i32.const 7542
    local.set 2
    br $join
    end
    i32.const 7549
    local.set 2
    br $join
    end
    i32.const 7556
    local.set 2
    br $join
    end
    i32.const 7563
    local.set 2
    br $join
    end
    i32.const 7570
    local.set 2
    br $join
    end
    i32.const 7577
    local.set 2
    br $join
    end
    i32.const 7584
    local.set 2
    br $join
    end
    i32.const 7591
    local.set 2
    br $join
    end
    i32.const 7598
    local.set 2
    br $join
    end
    i32.const 7605
    local.set 2
    br $join
    end
    i32.const 7612
    local.set 2
    br $join
    end
    i32.const 7619
    local.set 2
    br $join
    end
    i32.const 7626
    local.set 2
    br $join
    end
    i32.const 7633
    local.set 2
    br $join
    end
    i32.const 7640
    local.set 2
    br $join
    end
    i32.const 7647
    local.set 2
    br $join
    end
    i32.const 7654
    local.set 2
    br $join
    end
    i32.const 7661
    local.set 2
    br $join
    end
    i32.const 7668
    local.set 2
    br $join
    end
    i32.const 7675
    local.set 2
    br $join
    end
    i32.const 7682
    local.set 2
    br $join
    end
    i32.const 7689
    local.set 2
    br $join
    end
    i32.const 7696
    local.set 2
    br $join
    end
    i32.const 7703
    local.set 2
    br $join
    end
    i32.const 7710
    local.set 2
    br $join
    end
    i32.const 7717
    local.set 2
    br $join
    end
    i32.const 7724
    local.set 2
    br $join
    end
    i32.const 7731
    local.set 2
    br $join
    end
    i32.const 7738
    local.set 2
    br $join
    end
    i32.const 7745
    local.set 2
    br $join
    end
    i32.const 7752
    local.set 2
    br $join
    end
    i32.const 7759
    local.set 2
    br $join
    end
    i32.const 7766
    local.set 2
    br $join
    end
    i32.const 7773
    local.set 2
    br $join
    end
    i32.const 7780
    local.set 2
    br $join
    end
    i32.const 7787
    local.set 2
    br $join
    end
    i32.const 7794
    local.set 2
    br $join
    end
    i32.const 7801
    local.set 2
    br $join
    end
    i32.const 7808
    local.set 2
    br $join
    end
    i32.const 7815
    local.set 2
    br $join
    end
    i32.const 7822
    local.set 2
    br $join
    end
    i32.const 7829
    local.set 2
    br $join
    end
    i32.const 7836
    local.set 2
    br $join
    end
    i32.const 7843
    local.set 2
    br $join
    end
    i32.const 7850
    local.set 2
    br $join
    end
    i32.const 7857
    local.set 2
    br $join
    end
    i32.const 7864
    local.set 2
    br $join
    end
    i32.const 7871
    local.set 2
    br $join
    end
    i32.const 7878
    local.set 2
    br $join
    end
    i32.const 7885
    local.set 2
    br $join
    end
    i32.const 7892
    local.set 2
    br $join
    end
    i32.const 7899
    local.set 2
    br $join
    end
    i32.const 7906
    local.set 2
    br $join
    end
    i32.const 7913
    local.set 2
    br $join
    end
    i32.const 7920
    local.set 2
    br $join
    end
    i32.const 7927
    local.set 2
    br $join
    end
    i32.const 7934
    local.set 2
    br $join
    end
    i32.const 7941
    local.set 2
    br $join
    end
    i32.const 7948
    local.set 2
    br $join
    end
    i32.const 7955
    local.set 2
    br $join
    end
    i32.const 7962
    local.set 2
    br $join
    end
    i32.const 7969
    local.set 2
    br $join
    end
    i32.const 7976
    local.set 2
    br $join
    end
    i32.const 7983
    local.set 2
    br $join
    end
    i32.const 7990
    local.set 2
    br $join
    end
    i32.const 7997
    local.set 2
    br $join
    end
    i32.const 8004
    local.set 2
    br $join
    end
    i32.const 8011
    local.set 2
    br $join
    end
    i32.const 8018
    local.set 2
    br $join
    end
    i32.const 8025
    local.set 2
    br $join
    end
    i32.const 8032
    local.set 2
    br $join
    end
    i32.const 8039
    local.set 2
    br $join
    end
    i32.const 8046
    local.set 2
    br $join
    end
    i32.const 8053
    local.set 2
    br $join
    end
    i32.const 8060
    local.set 2
    br $join
    end
    i32.const 8067
    local.set 2
    br $join
    end
    i32.const 8074
    local.set 2
    br $join
    end
    i32.const 8081
    local.set 2
    br $join
    end
    i32.const 8088
    local.set 2
    br $join
    end
    i32.const 8095
    local.set 2
    br $join
    end
    i32.const 8102
    local.set 2
    br $join
    end
    i32.const 8109
    local.set 2
    br $join
    end
    i32.const 8116
    local.set 2
    br $join
    end
    i32.const 8123
    local.set 2
    br $join
    end
    i32.const 8130
    local.set 2
    br $join
    end
    i32.const 8137
    local.set 2
    br $join
    end
    i32.const 8144
    local.set 2
    br $join
    end
    i32.const 8151
    local.set 2
    br $join
    end
    i32.const 8158
    local.set 2
    br $join
    end
    i32.const 8165
    local.set 2
    br $join
    end
    i32.const 8172
    local.set 2
    br $join
    end
    i32.const 8179
    local.set 2
    br $join
    end
    i32.const 8186
    local.set 2
    br $join
    end
    i32.const 8193
    local.set 2
    br $join
    end
    i32.const 8200
    local.set 2
    br $join
    end
    i32.const 8207
    local.set 2
    br $join
    end
    i32.const 8214
    local.set 2
    br $join
    end
    i32.const 8221
    local.set 2
    br $join
    end
    i32.const 8228
    local.set 2
    br $join
    end
    i32.const 8235
    local.set 2
    br $join
    end
    i32.const 8242
    local.set 2
    br $join
    end
    i32.const 8249
    local.set 2
    br $join
    end
    i32.const 8256
    local.set 2
    br $join
    end
    i32.const 8263
    local.set 2
    br $join
    end
    i32.const 8270
    local.set 2
    br $join
    end
    i32.const 8277
    local.set 2
    br $join
    end
    i32.const 8284
    local.set 2
    br $join
    end
    i32.const 8291
    local.set 2
    br $join
    end
    i32.const 8298
    local.set 2
    br $join
    end
    i32.const 8305
    local.set 2
    br $join
    end
    i32.const 8312
    local.set 2
    br $join
    end
    i32.const 8319
    local.set 2
    br $join
    end
    i32.const 8326
    local.set 2
    br $join
    end
    i32.const 8333
    local.set 2
    br $join
    end
    i32.const 8340
    local.set 2
    br $join
    end
    i32.const 8347
    local.set 2
    br $join
    end
    i32.const 8354
    local.set 2
    br $join
    end
    i32.const 8361
    local.set 2
    br $join
    end
    i32.const 8368
    local.set 2
    br $join
    end
    i32.const 8375
    local.set 2
    br $join
    end
    i32.const 8382
    local.set 2
    br $join
    end
    i32.const 8389
    local.set 2
    br $join
    end
    i32.const 8396
    local.set 2
    br $join
    end
    i32.const -1
    local.set 2
    end
    local.get 2))
(assert_return (invoke "lookup" (i32.const 0) (i32.const 0)) (i32.const 3))
(assert_return (invoke "lookup" (i32.const 4) (i32.const 0)) (i32.const 31))
(assert_return (invoke "lookup" (i32.const 4) (i32.const 1)) (i32.const 38))
(assert_return (invoke "lookup" (i32.const 5) (i32.const 0)) (i32.const 38))
(assert_return (invoke "lookup" (i32.const 1199) (i32.const 0)) (i32.const 8396))
(assert_return (invoke "lookup" (i32.const 1199) (i32.const 1)) (i32.const 38))
(assert_return (invoke "lookup" (i32.const 2000) (i32.const 0)) (i32.const 3))
