import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("upgrade")

LABEL = "upgraded_30d"
KEYS = ["snapshot_id", "account_id", "week"]
NOT_FEATURES = KEYS + [LABEL, "days_to_upgrade", "upgraded_plan_tier"]


def engineer(frame):
    frame = frame.sort_values(["account_id", "week"]).copy()
    grp = frame.groupby("account_id")
    frame["logins_prev"] = grp["logins"].shift(1)
    frame["logins_prev2"] = grp["logins"].shift(2)
    frame["users_prev"] = grp["active_users"].shift(1)
    frame["tickets_prev_sum3"] = grp["support_tickets"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    frame["login_growth"] = (frame["logins"] - frame["logins_prev"]) / (frame["logins_prev"] + 1)
    frame["seat_pressure"] = frame["active_users"] / np.maximum(frame["seats"], 1)
    frame = pd.get_dummies(frame, columns=["plan_tier", "industry"], dtype=int)
    return frame.fillna(-999)


def main():
    data = pd.read_csv("train.csv", parse_dates=["week"])
    data = engineer(data)
    features = [c for c in data.columns if c not in NOT_FEATURES]
    log.info("%d rows, %d features", len(data), len(features))

    # out-of-time split; evaluation accounts must be new to the model
    split_week = data["week"].sort_values().iloc[int(len(data) * 0.75)]
    fit_part = data[data["week"] < split_week - pd.Timedelta(days=35)]
    eval_part = data[data["week"] >= split_week]
    eval_part = eval_part[~eval_part["account_id"].isin(fit_part["account_id"])]
    log.info("fit=%d eval=%d", len(fit_part), len(eval_part))

    rf = RandomForestClassifier(n_estimators=500, max_depth=12, min_samples_leaf=20,
                                class_weight="balanced_subsample", n_jobs=-1,
                                random_state=0)
    rf.fit(fit_part[features], fit_part[LABEL])

    majority = DummyClassifier(strategy="most_frequent")
    majority.fit(fit_part[features], fit_part[LABEL])

    log.info("majority-class accuracy: %.4f",
             majority.score(eval_part[features], eval_part[LABEL]))
    log.info("random forest accuracy:  %.4f",
             rf.score(eval_part[features], eval_part[LABEL]))

    top = pd.Series(rf.feature_importances_, index=features).nlargest(10)
    log.info("top features:\n%s", top.to_string())

    # submission
    test = pd.read_csv("test.csv", parse_dates=["week"])
    history = pd.read_csv("train.csv", parse_dates=["week"])[test.columns]
    combined = engineer(pd.concat([history, test], ignore_index=True))
    scored = combined[combined["snapshot_id"].isin(test["snapshot_id"])]
    X_test = scored.reindex(columns=features, fill_value=0)

    rf.fit(data[features], data[LABEL])
    pd.DataFrame({"snapshot_id": scored["snapshot_id"],
                  "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    log.info("predictions written")


if __name__ == "__main__":
    main()
