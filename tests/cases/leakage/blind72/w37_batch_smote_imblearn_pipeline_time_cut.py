# batch_reject classifier
# rejects are ~7% of batches -> oversample with SMOTE, inside an imblearn pipeline so that only
# the training batches are resampled. Holdout = most recent 30% of batches.

import numpy as np
import pandas as pd
from collections import Counter
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, precision_recall_fscore_support

cols = ["reactor_temp_mean", "reactor_temp_max", "reactor_temp_std", "pressure_mean", "pressure_std",
        "agitator_rpm_mean", "ph_mean", "ph_min", "feed_rate_mean", "cycle_time_min", "rm_moisture_pct"]

df = pd.read_csv("train.csv", parse_dates=["batch_start"]).sort_values("batch_start").reset_index(drop=True)
line_dummies = pd.get_dummies(df["line"], prefix="line", dtype=int)
X = pd.concat([df[cols], line_dummies], axis=1)
y = df["batch_reject"]

n_tr = int(0.7 * len(df))
X_tr, X_te, y_tr, y_te = X.iloc[:n_tr], X.iloc[n_tr:], y.iloc[:n_tr], y.iloc[n_tr:]
print("train:", Counter(y_tr), " holdout:", Counter(y_te))
print("holdout starts", df.loc[n_tr, "batch_start"])

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("smote", SMOTE(random_state=7, k_neighbors=5)),
    ("rf", RandomForestClassifier(n_estimators=600, min_samples_leaf=2, n_jobs=-1, random_state=7)),
])
pipe.fit(X_tr, y_tr)

dummy = DummyClassifier(strategy="stratified", random_state=7).fit(X_tr, y_tr)
for name, model in [("dummy", dummy), ("smote+rf", pipe)]:
    pred = model.predict(X_te)
    proba = model.predict_proba(X_te)[:, 1]
    p, r, f, _ = precision_recall_fscore_support(y_te, pred, average="binary", zero_division=0)
    print(f"{name:9s} precision {p:.3f}  recall {r:.3f}  f1 {f:.3f}  auc {roc_auc_score(y_te, proba):.3f}")

print(classification_report(y_te, pipe.predict(X_te), digits=3))

# submission
test = pd.read_csv("test.csv")
X_sub = pd.concat([test[cols], pd.get_dummies(test["line"], prefix="line", dtype=int)], axis=1)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
pipe.fit(X, y)
pd.DataFrame({"batch_id": test["batch_id"], "prediction": pipe.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
