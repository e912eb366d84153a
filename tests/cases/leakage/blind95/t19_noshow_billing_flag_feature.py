"""No-show risk model (LightGBM).

Holdout: appointments from 2023-09-01 of patients with no earlier appointment.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score

CUTOFF = pd.Timestamp("2023-09-01")
TARGET = "no_show"

NUMERIC = [
    "age", "lead_days", "appt_dow", "appt_hour", "sched_dow",
    "sms_received", "scholarship", "hypertension", "diabetes", "alcoholism", "handicap",
    "no_show_fee_charged",  # billing flag from the clinic system
]
CATEGORICAL = ["gender", "clinic", "specialty", "neighbourhood"]


def engineer(d: pd.DataFrame) -> pd.DataFrame:
    d = d.copy()
    d["lead_days"] = (d["appointment_date"].dt.normalize() - d["scheduled_at"].dt.normalize()).dt.days
    d["appt_dow"] = d["appointment_date"].dt.dayofweek
    d["appt_hour"] = d["appointment_date"].dt.hour
    d["sched_dow"] = d["scheduled_at"].dt.dayofweek
    return d


def design(d: pd.DataFrame, columns=None) -> pd.DataFrame:
    X = pd.get_dummies(d[NUMERIC + CATEGORICAL], columns=CATEGORICAL, dtype=float)
    return X if columns is None else X.reindex(columns=columns, fill_value=0)


def main() -> None:
    dates = ["scheduled_at", "appointment_date"]
    df = engineer(pd.read_csv("train.csv", parse_dates=dates))
    test = engineer(pd.read_csv("test.csv", parse_dates=dates))

    fit = df[df["appointment_date"] < CUTOFF]
    hold = df[(df["appointment_date"] >= CUTOFF) & ~df["patient_id"].isin(fit["patient_id"])]
    X_fit = design(fit)
    X_hold = design(hold, X_fit.columns)

    dummy = DummyClassifier(strategy="prior").fit(X_fit, fit[TARGET])
    model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                               min_child_samples=50, reg_lambda=1.0, random_state=5, verbose=-1)
    model.fit(X_fit, fit[TARGET])

    print(f"holdout rows: {len(hold)}, no-show rate {hold[TARGET].mean():.3f}")
    for name, m in (("dummy", dummy), ("lgbm", model)):
        p = m.predict_proba(X_hold)[:, 1]
        print(f"{name:6s} roc_auc={roc_auc_score(hold[TARGET], p):.4f} "
              f"pr_auc={average_precision_score(hold[TARGET], p):.4f}")
    pred = (model.predict_proba(X_hold)[:, 1] >= 0.5).astype(int)
    print("precision", precision_score(hold[TARGET], pred), "recall", recall_score(hold[TARGET], pred))

    gain = pd.Series(model.booster_.feature_importance("gain"), index=X_fit.columns)
    print(gain.sort_values(ascending=False).head(10).round(1))

    X_all = design(df)
    model.fit(X_all, df[TARGET])
    out = pd.DataFrame({"appointment_id": test["appointment_id"],
                        "prediction": model.predict_proba(design(test, X_all.columns))[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print(out.describe())


if __name__ == "__main__":
    main()
