"""Grant approval - random forest, out-of-time evaluation.

Train on applications submitted before 2022-07-01, evaluate on the later ones.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, accuracy_score, f1_score

CUTOFF = "2022-07-01"

apps = pd.read_csv("train.csv", parse_dates=["submitted_on"]).sort_values("submitted_on")
new = pd.read_csv("test.csv", parse_dates=["submitted_on"])

print(apps.shape)
print(apps["approved"].value_counts(normalize=True).round(3))
print(apps.groupby("program_area")["approved"].mean().sort_values().round(3))

ID_COLS = ["application_id", "submitted_on", "abstract"]
CAT = ["division", "program_area", "org_type", "region"]


def build(frame):
    X = frame.drop(columns=[c for c in ID_COLS + ["approved", "award_amount"] if c in frame.columns])
    X["log_requested"] = np.log10(X["requested_amount"])
    X["letters_per_member"] = X["n_letters_support"] / X["team_size"].clip(lower=1)
    X = pd.get_dummies(X, columns=CAT, dtype=int)
    return X


X_all = build(apps)
print("features:", list(X_all.columns))

is_train = apps["submitted_on"] < CUTOFF
X_tr, y_tr = X_all[is_train], apps.loc[is_train, "approved"]
X_te, y_te = X_all[~is_train], apps.loc[~is_train, "approved"]
print(f"train {len(X_tr)} ({apps.loc[is_train, 'submitted_on'].max().date()}), "
      f"test {len(X_te)} (from {apps.loc[~is_train, 'submitted_on'].min().date()})")

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, max_features="sqrt",
                            random_state=1, n_jobs=-1)
rf.fit(X_tr, y_tr)
p = rf.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
print("baseline accuracy %.3f | model accuracy %.3f" % (accuracy_score(y_te, base.predict(X_te)),
                                                         accuracy_score(y_te, rf.predict(X_te))))
print("model ROC AUC %.3f  PR AUC %.3f  F1 %.3f" % (roc_auc_score(y_te, p),
                                                    average_precision_score(y_te, p),
                                                    f1_score(y_te, (p >= 0.5).astype(int))))

imp = pd.Series(rf.feature_importances_, index=X_all.columns).sort_values(ascending=False)
print(imp.head(10).round(3))

rf.fit(X_all, apps["approved"])
X_new = build(new).reindex(columns=X_all.columns, fill_value=0)
pd.DataFrame({"application_id": new["application_id"],
              "prediction": rf.predict_proba(X_new)[:, 1]}).to_csv("predictions.csv", index=False)
