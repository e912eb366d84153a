"""Will the engine fail within the next 30 cycles? (CMAPSS FD001, binary)

Positives are rare (~15% of cycles), so the minority class is oversampled
with SMOTE before fitting a random forest. Engines are split 80/20.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import (
    classification_report,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)

W = 30
SEED = 2021

columns = ["unit", "cycle", "os1", "os2", "os3"] + ["sm%d" % i for i in range(1, 22)]
raw = pd.read_csv("train_FD001.txt", sep=r"\s+", header=None, names=columns)

print(raw.shape)
print(raw.isna().sum().sum(), "missing values")

# ---------------------------------------------------------------- labels
max_cycle = raw.groupby("unit")["cycle"].max().rename("max_cycle")
raw = raw.merge(max_cycle, left_on="unit", right_index=True)
raw["ttf"] = raw["max_cycle"] - raw["cycle"]
raw["label"] = (raw["ttf"] <= W).astype(int)
raw = raw.drop(columns=["max_cycle"])

print(raw["label"].value_counts(normalize=True).round(3))

# ---------------------------------------------------------------- features
useless = ["sm1", "sm5", "sm6", "sm10", "sm16", "sm18", "sm19", "os3"]
feature_cols = [c for c in raw.columns if c not in useless + ["unit", "cycle", "ttf", "label"]]
print(len(feature_cols), "features:", feature_cols)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr_idx, te_idx = next(gss.split(raw, groups=raw["unit"]))
train_df, test_df = raw.iloc[tr_idx], raw.iloc[te_idx]
print("train engines:", train_df["unit"].nunique(), " test engines:", test_df["unit"].nunique())

X_train, y_train = train_df[feature_cols].values, train_df["label"].values
X_test, y_test = test_df[feature_cols].values, test_df["label"].values

# ---------------------------------------------------------------- balance classes
sm = SMOTE(random_state=SEED, k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X_train, y_train)
print("after SMOTE:", X_bal.shape, np.bincount(y_bal))

# ---------------------------------------------------------------- models
clf = RandomForestClassifier(
    n_estimators=400,
    max_depth=None,
    min_samples_leaf=3,
    max_features="sqrt",
    n_jobs=-1,
    random_state=SEED,
)
clf.fit(X_bal, y_bal)

prior = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, model in [("prior baseline", prior), ("random forest", clf)]:
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(
        f"{name:15s} AUC={roc_auc_score(y_test, proba):.3f} "
        f"P={precision_score(y_test, pred, zero_division=0):.3f} "
        f"R={recall_score(y_test, pred):.3f} F1={f1_score(y_test, pred):.3f}"
    )

print(classification_report(y_test, clf.predict(X_test), digits=3))

imp = pd.Series(clf.feature_importances_, index=feature_cols).sort_values(ascending=False)
print("\nfeature importance")
print(imp.round(4).to_string())

# ---------------------------------------------------------------- apply to the test engines
test = pd.read_csv("test_FD001.txt", sep=r"\s+", header=None, names=columns)
last = test.groupby("unit").tail(1)
last_prob = clf.predict_proba(last[feature_cols].values)[:, 1]
alert = pd.DataFrame({"unit": last["unit"].values, "p_fail_30": last_prob.round(3)})
alert["alert"] = (alert["p_fail_30"] >= 0.5).astype(int)
print(alert.sort_values("p_fail_30", ascending=False).head(20).to_string(index=False))
alert.to_csv("fd001_fail30_alerts.csv", index=False)
