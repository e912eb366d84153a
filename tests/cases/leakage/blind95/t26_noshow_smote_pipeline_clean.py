"""No-show model: SMOTE + LightGBM inside an imblearn pipeline.

SMOTE is a pipeline step, so it only ever sees the rows the pipeline is fitted
on (the training window); the holdout keeps its natural class balance.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

DATES = ["scheduled_at", "appointment_date"]
CUTOFF = pd.Timestamp("2023-09-01")


def features(d):
    X = pd.DataFrame(index=d.index)
    X["age"] = d["age"]
    X["lead_days"] = (d["appointment_date"] - d["scheduled_at"].dt.normalize()).dt.days.clip(lower=0)
    X["dow"] = d["appointment_date"].dt.dayofweek
    X["hour"] = d["appointment_date"].dt.hour
    X["female"] = (d["gender"] == "F").astype(int)
    for c in ["sms_received", "scholarship", "hypertension", "diabetes", "alcoholism", "handicap"]:
        X[c] = d[c]
    return X.join(pd.get_dummies(d[["clinic", "specialty"]], dtype=float))


def make_pipeline():
    return Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("smote", SMOTE(random_state=0, k_neighbors=5)),
        ("lgbm", lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31,
                                    random_state=0, verbose=-1)),
    ])


def main():
    df = pd.read_csv("train.csv", parse_dates=DATES)
    test = pd.read_csv("test.csv", parse_dates=DATES)
    X, y = features(df), df["no_show"]

    tr = df["appointment_date"] < CUTOFF
    ho = ~tr & ~df["patient_id"].isin(df.loc[tr, "patient_id"])
    print(f"train={tr.sum()} holdout={ho.sum()} holdout no-show rate={y[ho].mean():.3f}")

    pipe = make_pipeline().fit(X[tr], y[tr])
    dummy = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
    for name, m in [("dummy", dummy), ("smote+lgbm", pipe)]:
        p = m.predict_proba(X[ho])[:, 1]
        print(f"{name:11s} auc={roc_auc_score(y[ho], p):.4f} ap={average_precision_score(y[ho], p):.4f} "
              f"f1@0.5={f1_score(y[ho], (p >= 0.5).astype(int)):.4f}")

    final = make_pipeline().fit(X, y)
    X_test = features(test).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({"appointment_id": test["appointment_id"],
                  "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
