# Card fraud -- XGBoost with early stopping, bootstrap interval on the held-out PR-AUC.
# (My thesis used boosted trees for species distribution models, same idea really.)
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

SEED = 31
df = pd.read_csv("train.csv")
print(df.shape)

for c in ["merchant_category", "country", "device_type"]:
    df[c] = df[c].astype("category")

FEATURES = ["amount", "hour", "card_age_days", "txn_count_24h", "is_foreign",
            "merchant_category", "country", "device_type"]
X, y = df[FEATURES], df["is_fraud"]

# three-way split: 64% fit / 16% early-stopping / 20% test (the test part is only scored at the end)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_fit, X_stop, y_fit, y_stop = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=SEED)
print("fit %d / stop %d / test %d (%d fraud)" % (len(y_fit), len(y_stop), len(y_test), y_test.sum()))

spw = (y_fit == 0).sum() / (y_fit == 1).sum()
booster = xgb.XGBClassifier(
    n_estimators=3000, learning_rate=0.03, max_depth=5, subsample=0.8, colsample_bytree=0.8,
    min_child_weight=5, scale_pos_weight=np.sqrt(spw), eval_metric="aucpr",
    early_stopping_rounds=100, enable_categorical=True, tree_method="hist", random_state=SEED)
booster.fit(X_fit, y_fit, eval_set=[(X_stop, y_stop)], verbose=200)
print("best iteration:", booster.best_iteration)

p_test = booster.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print("dummy  : PR-AUC %.4f  ROC-AUC %.4f" % (average_precision_score(y_test, p_dummy), roc_auc_score(y_test, p_dummy)))
print("xgboost: PR-AUC %.4f  ROC-AUC %.4f" % (average_precision_score(y_test, p_test), roc_auc_score(y_test, p_test)))

rng = np.random.default_rng(SEED)
yt = y_test.to_numpy()
reps = []
for _ in range(2000):
    i = rng.integers(0, len(yt), len(yt))
    if yt[i].any():
        reps.append(average_precision_score(yt[i], p_test[i]))
print("PR-AUC bootstrap 95%% CI: [%.4f, %.4f]" % tuple(np.percentile(reps, [2.5, 97.5])))

gain = pd.Series(booster.get_booster().get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.round(1))
