"""LightGBM for failure within 24h on telemetry snapshots (time-based split)."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

TARGET = 'fail_within_24h'

snap = pd.read_csv('data/telemetry_snapshots.csv', parse_dates=['reading_time'])
snap = snap.sort_values('reading_time').reset_index(drop=True)
print(snap.shape)
print(snap.isna().sum()[snap.isna().sum() > 0])

snap['hour'] = snap['reading_time'].dt.hour
snap['dow'] = snap['reading_time'].dt.dayofweek
snap = pd.get_dummies(snap, columns=['model'], dtype=int)

drop_cols = ['reading_id', 'reading_time', 'machine_id', TARGET]
features = [c for c in snap.columns if c not in drop_cols]
print('features:', features)

cut = snap['reading_time'].quantile(0.8)
train = snap[snap['reading_time'] <= cut]
test = snap[snap['reading_time'] > cut]
print('train', len(train), 'test', len(test), 'cut at', cut)

clf = lgb.LGBMClassifier(
    n_estimators=500,
    learning_rate=0.03,
    num_leaves=31,
    scale_pos_weight=(1 - train[TARGET].mean()) / train[TARGET].mean(),
    random_state=42,
    verbose=-1,
)
clf.fit(train[features], train[TARGET])
proba = clf.predict_proba(test[features])[:, 1]

base = DummyClassifier(strategy='prior').fit(train[features], train[TARGET])
base_proba = base.predict_proba(test[features])[:, 1]

print('baseline  PR-AUC %.4f  ROC-AUC %.4f' % (average_precision_score(test[TARGET], base_proba),
                                               roc_auc_score(test[TARGET], base_proba)))
print('lightgbm  PR-AUC %.4f  ROC-AUC %.4f' % (average_precision_score(test[TARGET], proba),
                                               roc_auc_score(test[TARGET], proba)))

best_f1, best_t = 0.0, 0.5
for t in np.linspace(0.05, 0.95, 19):
    f = f1_score(train[TARGET], clf.predict_proba(train[features])[:, 1] >= t)
    if f > best_f1:
        best_f1, best_t = f, t
print('threshold chosen on train:', round(best_t, 2))
print('test F1 at that threshold: %.4f' % f1_score(test[TARGET], proba >= best_t))

imp = pd.Series(clf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))
