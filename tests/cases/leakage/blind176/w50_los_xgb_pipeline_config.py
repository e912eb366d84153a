"""LOS take-home - XGBoost, config-driven.

Design notes (also in the memo):
* The prediction is made at admission, so every feature must be known at
  `admit_date`: patient history uses earlier admissions only, labs are the last
  draw strictly before admission (merge_asof, exact matches excluded).
* Evaluation rows are later in time than training rows AND belong to patients
  the model never saw; the early-stopping set is carved out the same way from
  the training side, so the test split is touched once.
"""
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupShuffleSplit


@dataclass(frozen=True)
class Cfg:
    target: str = "length_of_stay_days"
    test_cutoff: str = "2023-01-01"
    val_cutoff: str = "2022-07-01"
    test_frac: float = 0.2
    val_frac: float = 0.2
    seed: int = 13
    labs: tuple = ("creatinine", "albumin", "hemoglobin", "wbc")
    cats: tuple = ("sex", "admission_type", "admit_source", "primary_dx_group", "insurance", "ward")
    xgb: dict = field(default_factory=lambda: dict(
        n_estimators=3000, learning_rate=0.03, max_depth=6, min_child_weight=8,
        subsample=0.8, colsample_bytree=0.8, objective="reg:absoluteerror",
        tree_method="hist", early_stopping_rounds=100))


CFG = Cfg()


def history(adm: pd.DataFrame) -> pd.DataFrame:
    adm = adm.sort_values(["patient_id", "admit_date"]).copy()
    g = adm.groupby("patient_id")
    adm["prior_admissions"] = g.cumcount()
    adm["days_since_prev_admit"] = g["admit_date"].diff().dt.days
    return adm


def last_labs(adm: pd.DataFrame, labs: pd.DataFrame) -> pd.DataFrame:
    out = adm.sort_values("admit_date")
    for lab in CFG.labs:
        l = (labs[labs["lab_name"] == lab][["patient_id", "drawn_at", "value"]]
             .rename(columns={"value": f"{lab}_last", "drawn_at": f"{lab}_drawn_at"})
             .sort_values(f"{lab}_drawn_at"))
        out = pd.merge_asof(out, l, left_on="admit_date", right_on=f"{lab}_drawn_at", by="patient_id",
                            direction="backward", allow_exact_matches=False)
        out[f"{lab}_age_days"] = (out["admit_date"] - out[f"{lab}_drawn_at"]).dt.days
        out = out.drop(columns=[f"{lab}_drawn_at"])
    return out


def featurize(adm: pd.DataFrame, labs: pd.DataFrame) -> pd.DataFrame:
    df = last_labs(history(adm), labs)
    df["admit_dow"] = df["admit_date"].dt.dayofweek
    df["weekend_admit"] = (df["admit_dow"] >= 5).astype(int)
    return pd.get_dummies(df, columns=list(CFG.cats), dtype=float)


def feature_names(df: pd.DataFrame) -> list:
    drop = {"admission_id", "patient_id", "admit_date", CFG.target, "discharge_disposition", "_test"}
    return [c for c in df.columns if c not in drop]


def patient_time_split(df: pd.DataFrame, cutoff: str, frac: float):
    gss = GroupShuffleSplit(n_splits=1, test_size=frac, random_state=CFG.seed)
    a, b = next(gss.split(df, groups=df["patient_id"]))
    left, right = df.iloc[a], df.iloc[b]
    cut = pd.Timestamp(cutoff)
    return left[left["admit_date"] < cut], right[right["admit_date"] >= cut]


def main():
    adm = pd.read_csv("admissions_train.csv", parse_dates=["admit_date"])
    adm_test = pd.read_csv("admissions_test.csv", parse_dates=["admit_date"])
    labs = pd.read_csv("labs.csv", parse_dates=["drawn_at"])

    both = featurize(pd.concat([adm.assign(_test=0), adm_test.assign(_test=1)], ignore_index=True), labs)
    data, test = both[both["_test"] == 0], both[both["_test"] == 1]
    feats = feature_names(data)

    train, holdout = patient_time_split(data, CFG.test_cutoff, CFG.test_frac)
    fit, val = patient_time_split(train, CFG.val_cutoff, CFG.val_frac)
    print(f"fit {len(fit)}  val {len(val)}  holdout {len(holdout)}")

    model = xgb.XGBRegressor(**CFG.xgb, random_state=CFG.seed)
    model.fit(fit[feats], fit[CFG.target], eval_set=[(val[feats], val[CFG.target])], verbose=500)
    n_trees = model.best_iteration + 1

    y = holdout[CFG.target]
    p = model.predict(holdout[feats], iteration_range=(0, n_trees))
    base = DummyRegressor(strategy="median").fit(train[feats], train[CFG.target]).predict(holdout[feats])
    for name, pred in (("baseline: median", base), ("xgboost", p)):
        print(f"{name:17s} MAE {mean_absolute_error(y, pred):.3f}  RMSE {mean_squared_error(y, pred) ** 0.5:.3f}")

    final_params = {k: v for k, v in CFG.xgb.items() if k != "early_stopping_rounds"}
    final_params["n_estimators"] = n_trees
    final = xgb.XGBRegressor(**final_params, random_state=CFG.seed).fit(data[feats], data[CFG.target])
    pd.DataFrame({"admission_id": test["admission_id"],
                  "prediction": np.clip(final.predict(test[feats]), 0, None)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
