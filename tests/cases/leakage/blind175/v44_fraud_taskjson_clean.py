"""
Fraud scoring -- task.json-driven pipeline.

Everything that is not a usable input is dropped by name from task.json:
the id, the label and the declared post-outcome column(s). The model is a
scikit-learn Pipeline (impute + scale + one-hot inside), evaluated by
stratified 5-fold CV and on a held-out 20%, against a prior-rate dummy.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

with open("task.json") as f:
    task = json.load(f)
TARGET = task["target"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

features = [c for c in df.columns if c not in {TARGET, ID, *LEAKY}]
categorical = [c for c in features if not pd.api.types.is_numeric_dtype(df[c])]
numeric = [c for c in features if c not in categorical]
print("numeric:", numeric)
print("categorical:", categorical)

pre = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
model = Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=3000, C=0.5))])
baseline = DummyClassifier(strategy="prior")

X, y = df[features], df[TARGET]
X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

cv = StratifiedKFold(5, shuffle=True, random_state=0)
for name, est in [("baseline (prior)", baseline), ("logistic pipeline", model)]:
    auc = cross_val_score(est, X_dev, y_dev, cv=cv, scoring="roc_auc")
    ap = cross_val_score(est, X_dev, y_dev, cv=cv, scoring="average_precision")
    print(f"CV  {name:18s} ROC AUC {auc.mean():.4f} +/- {auc.std():.4f}   PR AUC {ap.mean():.4f} +/- {ap.std():.4f}")

model.fit(X_dev, y_dev)
baseline.fit(X_dev, y_dev)
p_m = model.predict_proba(X_hold)[:, 1]
p_b = baseline.predict_proba(X_hold)[:, 1]
print("\nheld-out 20%:")
print(f"  ROC AUC  model {roc_auc_score(y_hold, p_m):.4f}  baseline {roc_auc_score(y_hold, p_b):.4f}")
print(f"  PR AUC   model {average_precision_score(y_hold, p_m):.4f}  baseline {average_precision_score(y_hold, p_b):.4f}")
print(f"  Brier    model {brier_score_loss(y_hold, p_m):.4f}  baseline {brier_score_loss(y_hold, p_b):.4f}")

# bootstrap interval for the held-out PR AUC
rng = np.random.default_rng(0)
ya, pa = y_hold.to_numpy(), p_m
boots = []
for _ in range(1000):
    i = rng.integers(0, len(ya), len(ya))
    if ya[i].sum() > 0:
        boots.append(average_precision_score(ya[i], pa[i]))
print("  PR AUC 95%% CI: [%.4f, %.4f]" % tuple(np.percentile(boots, [2.5, 97.5])))

model.fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
