#!/usr/bin/env python
# Adversarial validation: (1) find drifting features, (2) build a validation set
# that looks like test.csv, (3) train on the rest and score on it.
# v2: also prune the bottom quarter of features by LightGBM gain.
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import StratifiedKFold, cross_val_predict

RNG = 2024
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
TARGET, ID = "target", "id"
feats = [c for c in train.columns if c not in (TARGET, ID)]
feats = [c for c in feats if pd.api.types.is_numeric_dtype(train[c])]

# ---------------------------------------------------------------- 1. drift
adv = pd.concat([train[feats].assign(is_test=0), test[feats].assign(is_test=1)],
                ignore_index=True)
adv_clf = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31,
                             random_state=RNG, verbose=-1)
skf = StratifiedKFold(5, shuffle=True, random_state=RNG)
adv_pred = cross_val_predict(adv_clf, adv[feats], adv["is_test"], cv=skf,
                             method="predict_proba")[:, 1]
print(f"adversarial AUC (all features): {roc_auc_score(adv['is_test'], adv_pred):.4f}")

adv_clf.fit(adv[feats], adv["is_test"])
drift = (pd.Series(adv_clf.booster_.feature_importance("gain"), index=feats)
         .sort_values(ascending=False))
print(drift.head(10))

# drop the features that separate train from test on their own
drifting = []
for f in drift.index[:10]:
    p = cross_val_predict(adv_clf, adv[[f]], adv["is_test"], cv=skf,
                          method="predict_proba")[:, 1]
    auc = roc_auc_score(adv["is_test"], p)
    if auc > 0.70:
        drifting.append(f)
    print(f"  {f:<20s} solo adversarial AUC {auc:.3f}")
feats = [f for f in feats if f not in drifting]
print("dropped:", drifting)

# ---------------------------------------------------------------- 2. test-like validation
p_test_like = adv_pred[: len(train)]
train["p_test_like"] = p_test_like
cut = np.quantile(p_test_like, 0.80)
val_mask = train["p_test_like"] >= cut
trn, val = train[~val_mask], train[val_mask]
print(f"train rows {len(trn)}, test-like validation rows {len(val)}")

# ---------------------------------------------------------------- 2b. prune weak features
imp_model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                               random_state=RNG, verbose=-1)
imp_model.fit(train[feats], train[TARGET])
gain = pd.Series(imp_model.booster_.feature_importance("gain"), index=feats)
feats = gain[gain > gain.quantile(0.25)].index.tolist()
print(f"kept {len(feats)} features after gain pruning")

# ---------------------------------------------------------------- 3. model
model = lgb.LGBMClassifier(n_estimators=800, learning_rate=0.02, num_leaves=48,
                           colsample_bytree=0.7, subsample=0.8, subsample_freq=1,
                           random_state=RNG, verbose=-1)
model.fit(trn[feats], trn[TARGET])
val_pred = model.predict_proba(val[feats])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(trn[feats], trn[TARGET])
dummy_pred = dummy.predict_proba(val[feats])[:, 1]

print(f"validation AUC     model {roc_auc_score(val[TARGET], val_pred):.4f}")
print(f"validation logloss model {log_loss(val[TARGET], val_pred):.4f} "
      f"| dummy {log_loss(val[TARGET], dummy_pred):.4f}")

# refit on everything for the submission
model.fit(train[feats], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[feats])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
