"""CatBoost claim severity model with policy-level holdout."""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

CAT = ["vehicle_class", "region", "claim_type", "incident_severity"]
NUM = ["vehicle_age", "driver_age", "n_prior_claims", "policy_tenure_years", "deductible",
       "annual_premium", "report_delay_days", "witness_present", "police_report"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for frame in (train, test):
        frame[CAT] = frame[CAT].fillna("NA")
        frame["delay_bucket"] = pd.cut(frame["report_delay_days"], [-1, 3, 14, 60, 10_000],
                                       labels=["0-3", "4-14", "15-60", "60+"]).astype(str)
    return train, test


def main():
    train, test = load()
    features = CAT + NUM + ["delay_bucket"]
    cat_features = CAT + ["delay_bucket"]

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
    tr, te = next(gss.split(train, groups=train["policy_id"]))
    X_tr, X_te = train.iloc[tr][features], train.iloc[te][features]
    y_tr, y_te = np.log1p(train.iloc[tr]["loss_amount"]), np.log1p(train.iloc[te]["loss_amount"])

    model = CatBoostRegressor(
        iterations=6000,
        learning_rate=0.05,
        depth=8,
        loss_function="MAE",
        cat_features=cat_features,
        random_seed=1,
        verbose=250,
    )
    model.fit(X_tr, y_tr, eval_set=(X_te, y_te), early_stopping_rounds=200, use_best_model=True)

    pred = np.expm1(model.predict(X_te))
    truth = np.expm1(y_te)
    print(f"best iteration: {model.get_best_iteration()}")
    print(f"test MAE : {mean_absolute_error(truth, pred):.1f}")
    print(f"test MAPE: {mean_absolute_percentage_error(truth, pred):.3f}")

    test["prediction"] = np.expm1(model.predict(test[features]))
    test[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
