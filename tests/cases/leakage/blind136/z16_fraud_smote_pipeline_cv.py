"""card-fraud take-home: SMOTE vs class weights, chosen by CV, scored once on a holdout."""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
LEAKY = task.get("leaky_columns", [])

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df[TARGET].value_counts())

FEATURES = [c for c in df.columns if c not in [TARGET, ID] + LEAKY]
CATS = ["merchant_category"]
NUMS = [c for c in FEATURES if c not in CATS]

X_dev, X_test, y_dev, y_test = train_test_split(df[FEATURES], df[TARGET], test_size=0.25,
                                                stratify=df[TARGET], random_state=0)


def prep():
    return ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CATS),
                              ("num", StandardScaler(), NUMS)])


candidates = {
    "dummy": ImbPipeline([("prep", prep()), ("clf", DummyClassifier(strategy="prior"))]),
    "logreg_weighted": ImbPipeline([("prep", prep()), ("clf", LogisticRegression(max_iter=3000, class_weight="balanced"))]),
    "logreg_smote": ImbPipeline([("prep", prep()), ("smote", SMOTE(random_state=0)),
                                 ("clf", LogisticRegression(max_iter=3000))]),
    "rf_smote": ImbPipeline([("prep", prep()), ("smote", SMOTE(sampling_strategy=0.2, random_state=0)),
                             ("clf", RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0))]),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
cv_ap = {}
for name, pipe in candidates.items():
    s = cross_val_score(pipe, X_dev, y_dev, cv=cv, scoring="average_precision", n_jobs=-1)
    cv_ap[name] = s
    print(f"{name:16s} CV AP {s.mean():.4f} ± {s.std():.4f}")

best = max((k for k in cv_ap if k != "dummy"), key=lambda k: cv_ap[k].mean())
print("selected by CV:", best)

model = candidates[best].fit(X_dev, y_dev)
base = candidates["dummy"].fit(X_dev, y_dev)
p = model.predict_proba(X_test)[:, 1]
yt = y_test.to_numpy()

rng = np.random.default_rng(0)
boots = []
for _ in range(2000):
    i = rng.integers(0, len(yt), len(yt))
    if yt[i].sum() == 0:
        continue
    boots.append(average_precision_score(yt[i], p[i]))
print(f"holdout AP {average_precision_score(yt, p):.4f}  95% CI [{np.percentile(boots, 2.5):.4f}, {np.percentile(boots, 97.5):.4f}]")
print(f"holdout ROC AUC {roc_auc_score(yt, p):.4f}")
print(f"dummy AP {average_precision_score(yt, base.predict_proba(X_test)[:, 1]):.4f}")

prec, rec, thr = precision_recall_curve(yt, p)
for target_recall in (0.5, 0.7, 0.9):
    j = np.where(rec[:-1] >= target_recall)[0][-1]
    print(f"precision at recall>={target_recall:.0%}: {prec[j]:.3f}")

final = candidates[best].fit(df[FEATURES], df[TARGET])
pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
