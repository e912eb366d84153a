"""Will the engine fail within the next 30 cycles? (CMAPSS FD001, binary)

Positives are rare (~15% of cycles), so the minority class is oversampled
with SMOTE before fitting a random forest.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

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
useless = [c for c in raw.columns if c.startswith("sm") and raw[c].nunique() <= 2]
useless += ["os3"]
print("dropping", useless)

feature_cols = [c for c in raw.columns if c not in useless + ["unit", "cycle", "ttf", "label"]]
print(len(feature_cols), "features:", feature_cols)

X = raw[feature_cols].values
y = raw["label"].values

# ---------------------------------------------------------------- balance classes
sm = SMOTE(random_state=SEED, k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", X_bal.shape, np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.25, random_state=SEED, stratify=y_bal
)

# ---------------------------------------------------------------- model
clf = RandomForestClassifier(
    n_estimators=400,
    max_depth=None,
    min_samples_leaf=3,
    max_features="sqrt",
    n_jobs=-1,
    random_state=SEED,
)
clf.fit(X_train, y_train)

y_hat = clf.predict(X_test)
print("test accuracy: %.4f" % accuracy_score(y_test, y_hat))

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
