-- A small starting city lexicon (written for this project): common typos and absolute wording.
-- Supervisors extend and edit it in the admin; a unit may exempt an entry for its sites.
INSERT INTO "supervision"."lexicon_entry" ("term", "kind", "level", "suggestion", "scope", "unit_id", "note") VALUES
  ('按装', 'typo', 'block', '安装', 'city', NULL, '常见错别字'),
  ('既使', 'typo', 'block', '即使', 'city', NULL, '常见错别字'),
  ('做为', 'typo', 'block', '作为', 'city', NULL, '常见错别字'),
  ('必竟', 'typo', 'block', '毕竟', 'city', NULL, '常见错别字'),
  ('再接再励', 'typo', 'block', '再接再厉', 'city', NULL, '常见错别字'),
  ('迫不急待', 'typo', 'block', '迫不及待', 'city', NULL, '常见错别字'),
  ('一愁莫展', 'typo', 'block', '一筹莫展', 'city', NULL, '常见错别字'),
  ('蛛丝蚂迹', 'typo', 'block', '蛛丝马迹', 'city', NULL, '常见错别字'),
  ('最高级', 'wording', 'warn', NULL, 'city', NULL, '绝对化用语，请核实'),
  ('国家级', 'wording', 'warn', NULL, 'city', NULL, '绝对化用语，须有依据'),
  ('全国第一', 'wording', 'warn', NULL, 'city', NULL, '绝对化用语，须有依据'),
  ('史无前例', 'wording', 'warn', NULL, 'city', NULL, '绝对化用语，请斟酌'),
  ('其它', 'wording', 'info', '其他', 'city', NULL, '规范用字：指事物时宜用“其他”')
ON CONFLICT DO NOTHING;
