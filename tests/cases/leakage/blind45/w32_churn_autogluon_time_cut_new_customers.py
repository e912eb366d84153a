"""Churn model - AutoGluon on monthly customer snapshots.

Evaluation follows time: fit on the older months, tune on the next block of months,
test on the latest block. Customers already seen in an earlier block are removed from the
later blocks, so tuning and testing happen on customers the model has not seen. Writes predictions.csv for test.csv.
"""
import numpy as np
import pandas as pd
from autogluon.tabular import TabularPredictor
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "churned"
TIME = "snapshot_month"
GROUP = "customer_id"
ID = "row_id"
AFTER_THE_FACT = ["cancellation_reason", "winback_offer_sent"]


def add_history(frame):
    """Per-customer features that only look at earlier months."""
    frame = frame.sort_values([GROUP, TIME]).copy()
    g = frame.groupby(GROUP)
    frame["prev_support_calls"] = g["support_calls"].shift(1)
    frame["charge_change"] = frame["monthly_charges"] - g["monthly_charges"].shift(1)
    frame["months_seen"] = g.cumcount()
    return frame


def time_blocks(frame, valid_months=3, test_months=3):
    months = np.sort(frame[TIME].unique())
    valid_start = months[-(valid_months + test_months)]
    test_start = months[-test_months]
    train = frame[frame[TIME] < valid_start]
    valid = frame[(frame[TIME] >= valid_start) & (frame[TIME] < test_start)]
    test = frame[frame[TIME] >= test_start]
    seen = set(train[GROUP])
    valid = valid[~valid[GROUP].isin(seen)]
    seen |= set(valid[GROUP])
    test = test[~test[GROUP].isin(seen)]
    return train, valid, test


def main():
    hist = pd.read_csv("train.csv", parse_dates=[TIME])
    new = pd.read_csv("test.csv", parse_dates=[TIME])
    print(hist.shape, "customers:", hist[GROUP].nunique(), "churn rate:", round(hist[TARGET].mean(), 4))

    both = add_history(pd.concat([hist.assign(_is_train=1), new.assign(_is_train=0)], ignore_index=True))
    hist = both[both["_is_train"] == 1].drop(columns="_is_train")
    new = both[both["_is_train"] == 0].drop(columns=["_is_train", TARGET])

    features = [c for c in hist.columns if c not in [TARGET, TIME, GROUP, ID] + AFTER_THE_FACT]
    print("features:", features)

    train, valid, test = time_blocks(hist)
    print("rows train/valid/test:", len(train), len(valid), len(test))
    print("months:", train[TIME].max().date(), valid[TIME].min().date(), test[TIME].min().date())

    predictor = TabularPredictor(label=TARGET, eval_metric="roc_auc", path="ag_churn").fit(
        train_data=train[features + [TARGET]],
        tuning_data=valid[features + [TARGET]],
        presets="medium_quality",
        time_limit=1200,
    )
    print(predictor.leaderboard(silent=True).head(8))

    y_test = test[TARGET].values
    p_test = predictor.predict_proba(test[features], as_multiclass=False).values
    prior = np.full(len(y_test), train[TARGET].mean())
    print(f"baseline (train churn rate) logloss={log_loss(y_test, prior):.4f} PR-AUC={average_precision_score(y_test, prior):.4f}")
    print(f"AutoGluon                   logloss={log_loss(y_test, p_test):.4f} PR-AUC={average_precision_score(y_test, p_test):.4f} "
          f"ROC-AUC={roc_auc_score(y_test, p_test):.4f}")

    out = pd.DataFrame({ID: new[ID].values,
                        "prediction": predictor.predict_proba(new[features], as_multiclass=False).values})
    out.sort_values(ID).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
