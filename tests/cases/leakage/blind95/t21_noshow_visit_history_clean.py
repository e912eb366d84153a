"""No-show model with visit-history features.

History features use only the patient's earlier appointments (cumcount / diff on
rows sorted by appointment date) and never the no-show label: the holdout is made
of patients unseen before the cutoff, so a label-based history would have to read
labels of holdout rows.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

DATES = ["scheduled_at", "appointment_date"]
CUTOFF = pd.Timestamp("2023-09-01")
FEATURES = ["age", "lead_days", "dow", "sms_received", "scholarship", "hypertension",
            "diabetes", "alcoholism", "handicap", "prior_appointments", "days_since_last_appt",
            "prior_sms_share"]


def add_features(df):
    df = df.sort_values(["appointment_date", "appointment_id"]).copy()
    g = df.groupby("patient_id")
    df["prior_appointments"] = g.cumcount()
    df["days_since_last_appt"] = g["appointment_date"].diff().dt.days
    df["prior_sms_share"] = g["sms_received"].transform(lambda s: s.shift().expanding().mean())
    df["lead_days"] = (df["appointment_date"] - df["scheduled_at"].dt.normalize()).dt.days.clip(lower=0)
    df["dow"] = df["appointment_date"].dt.dayofweek
    return df


def design(df, columns=None):
    X = pd.concat([df[FEATURES], pd.get_dummies(df[["specialty", "clinic"]], dtype=float)], axis=1)
    return X if columns is None else X.reindex(columns=columns, fill_value=0)


train_raw = pd.read_csv("train.csv", parse_dates=DATES)
test_raw = pd.read_csv("test.csv", parse_dates=DATES)
df = add_features(train_raw)

tr = df[df["appointment_date"] < CUTOFF]
te = df[(df["appointment_date"] >= CUTOFF) & ~df["patient_id"].isin(tr["patient_id"])]
X_tr = design(tr)
X_te = design(te, X_tr.columns)
print(f"train {len(tr)}  holdout {len(te)} (new patients only)")

baseline = DummyClassifier(strategy="prior").fit(X_tr, tr["no_show"])
model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                           random_state=2, verbose=-1).fit(X_tr, tr["no_show"])
for name, m in [("baseline", baseline), ("lgbm", model)]:
    p = m.predict_proba(X_te)[:, 1]
    print(f"{name:9s} AUC {roc_auc_score(te['no_show'], p):.4f}  AP {average_precision_score(te['no_show'], p):.4f}")

# submission: visit history over all known appointments (no labels used)
both = add_features(pd.concat([train_raw.drop(columns=["no_show"]), test_raw], ignore_index=True))
sub = both[both["appointment_id"].isin(test_raw["appointment_id"])]
X_all = design(df)
model.fit(X_all, df["no_show"])
pd.DataFrame({"appointment_id": sub["appointment_id"].values,
              "prediction": model.predict_proba(design(sub, X_all.columns))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
