# batch_reject classifier
# rejects are ~7% of batches -> oversample with SMOTE so the forest actually learns them

import numpy as np
import pandas as pd
from collections import Counter
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, precision_recall_fscore_support

cols = ["reactor_temp_mean", "reactor_temp_max", "reactor_temp_std", "pressure_mean", "pressure_std",
        "agitator_rpm_mean", "ph_mean", "ph_min", "feed_rate_mean", "cycle_time_min", "rm_moisture_pct"]

df = pd.read_csv("train.csv")
df = df.dropna(subset=cols)
line_dummies = pd.get_dummies(df["line"], prefix="line", dtype=int)
X = pd.concat([df[cols], line_dummies], axis=1)
y = df["batch_reject"]
print("class counts before:", Counter(y))

X_res, y_res = SMOTE(random_state=7, k_neighbors=5).fit_resample(X, y)
print("class counts after :", Counter(y_res))

X_tr, X_te, y_tr, y_te = train_test_split(X_res, y_res, test_size=0.3, random_state=7)

clf = RandomForestClassifier(n_estimators=600, min_samples_leaf=2, n_jobs=-1, random_state=7)
clf.fit(X_tr, y_tr)

pred = clf.predict(X_te)
proba = clf.predict_proba(X_te)[:, 1]
p, r, f, _ = precision_recall_fscore_support(y_te, pred, average="binary")
print(f"precision {p:.3f}  recall {r:.3f}  f1 {f:.3f}  auc {roc_auc_score(y_te, proba):.3f}")
print(classification_report(y_te, pred, digits=3))

# submission
test = pd.read_csv("test.csv")
X_sub = pd.concat([test[cols].fillna(df[cols].median()),
                   pd.get_dummies(test["line"], prefix="line", dtype=int)], axis=1)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
clf.fit(X_res, y_res)
pd.DataFrame({"batch_id": test["batch_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
