"""30-day readmission with LightGBM.

Split by patient (GroupKFold on the development patients, GroupShuffleSplit
holdout). Categorical columns go to LightGBM as pandas categories.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit

SEED = 3
TARGET = "readmit_30d"
GROUP = "patient_id"
CATS = ["age_band", "sex", "admission_type", "admission_source", "primary_dx_group", "discharge_to", "payer",
        "hba1c_result", "insulin_change"]
NUMS = ["length_of_stay", "n_diagnoses", "n_procedures", "n_medications", "lab_count", "n_prior_inpatient_12m",
        "n_prior_er_12m", "emergency_admit"]
PARAMS = dict(n_estimators=400, learning_rate=0.03, num_leaves=31, min_child_samples=40, subsample=0.8,
              subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0, random_state=SEED, verbose=-1)


def frame(df, categories=None):
    out = df[CATS + NUMS].copy()
    for c in CATS:
        out[c] = pd.Categorical(out[c], categories=None if categories is None else categories[c])
    out["prior_util"] = out["n_prior_inpatient_12m"] + out["n_prior_er_12m"]
    return out


def main():
    df = pd.read_csv("train.csv")
    X, y, groups = frame(df), df[TARGET].to_numpy(), df[GROUP].to_numpy()

    dev, hold = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(X, y, groups))
    X_dev, y_dev, g_dev = X.iloc[dev], y[dev], groups[dev]

    fold_acc, fold_base = [], []
    for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X_dev, y_dev, g_dev)):
        model = lgb.LGBMClassifier(**PARAMS).fit(X_dev.iloc[tr], y_dev[tr])
        fold_acc.append(accuracy_score(y_dev[va], model.predict(X_dev.iloc[va])))
        base = DummyClassifier(strategy="most_frequent").fit(X_dev.iloc[tr], y_dev[tr])
        fold_base.append(accuracy_score(y_dev[va], base.predict(X_dev.iloc[va])))
        print(f"fold {k}: acc {fold_acc[-1]:.4f} (majority {fold_base[-1]:.4f})")
    print(f"grouped CV accuracy {np.mean(fold_acc):.4f} vs majority {np.mean(fold_base):.4f}")

    model = lgb.LGBMClassifier(**PARAMS).fit(X_dev, y_dev)
    base = DummyClassifier(strategy="most_frequent").fit(X_dev, y_dev)
    X_hold, y_hold = X.iloc[hold], y[hold]
    print(f"holdout accuracy: lgbm {accuracy_score(y_hold, model.predict(X_hold)):.4f}  "
          f"majority {accuracy_score(y_hold, base.predict(X_hold)):.4f}")

    imp = pd.Series(model.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
    print(imp.head(12).round(1))

    final = lgb.LGBMClassifier(**PARAMS).fit(X, y)
    sub = pd.read_csv("test.csv")
    X_sub = frame(sub, categories={c: X[c].cat.categories for c in CATS})
    pd.DataFrame({"encounter_id": sub["encounter_id"], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
