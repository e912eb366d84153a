# readmission model - extra trees, 5-fold CV grouped by patient
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

df = pd.read_csv("train.csv")
print(df.shape)
print(df.dtypes.value_counts())
print(df["readmitted_30d"].mean())

# one-hot the text columns
text_cols = [c for c in df.select_dtypes("object").columns if c not in ("admit_date", "discharge_date")]
df = pd.get_dummies(df, columns=text_cols, dtype=float)

X = df.drop(columns=["readmitted_30d", "patient_id", "admit_date", "discharge_date"])
X = X.fillna(-1)
y = df["readmitted_30d"]
groups = df["patient_id"]
print("n features:", X.shape[1])
print(X.columns.tolist())

folds = GroupKFold(n_splits=5)
rows = []
for i, (tr, te) in enumerate(folds.split(X, y, groups)):
    et = ExtraTreesClassifier(n_estimators=400, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=i)
    et.fit(X.iloc[tr], y.iloc[tr])
    p = et.predict_proba(X.iloc[te])[:, 1]
    dm = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr])
    p0 = dm.predict_proba(X.iloc[te])[:, 1]
    rows.append({"fold": i,
                 "auc": roc_auc_score(y.iloc[te], p),
                 "ap": average_precision_score(y.iloc[te], p),
                 "dummy_auc": roc_auc_score(y.iloc[te], p0),
                 "dummy_ap": average_precision_score(y.iloc[te], p0)})
    print(rows[-1])

res = pd.DataFrame(rows)
print(res.mean().round(4))

et_full = ExtraTreesClassifier(n_estimators=400, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=0)
et_full.fit(X, y)
print(pd.Series(et_full.feature_importances_, index=X.columns).sort_values(ascending=False).head(12))
