"""Email-campaign response take-home.

Goal: rank next week's recipients by probability of `responded`. Data: one row
per send with `send_date`. Feature engineering is a dict of small functions;
the last 20% of the timeline is held out.
"""
import argparse
from functools import partial, reduce

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "responded"

FEATURE_FNS = {
    "tenure_years": lambda f: f["customer_tenure_days"] / 365.25,
    "click_through": lambda f: f["past_clicks_90d"] / (f["past_opens_90d"] + 1),
    "opens": lambda f: f["past_opens_90d"],
    "discount": lambda f: f["discount_pct"].fillna(0),
    "hour": lambda f: f["send_hour"],
    "weekday": lambda f: f["send_date"].dt.dayofweek,
}


def build(frame, fns=FEATURE_FNS):
    return pd.DataFrame({name: fn(frame) for name, fn in fns.items()}, index=frame.index)


def load(path):
    return pd.read_csv(path, parse_dates=["send_date"]).sort_values("send_date")


def split(frame, test_size=0.2):
    cutoff = frame["send_date"].quantile(1 - test_size)
    return frame[frame["send_date"] < cutoff], frame[frame["send_date"] >= cutoff]


def scored(make, train, test):
    model = make().fit(build(train), train[TARGET])
    p = model.predict_proba(build(test))[:, 1]
    return roc_auc_score(test[TARGET], p), average_precision_score(test[TARGET], p)


CANDIDATES = [
    ("baseline (prior)", partial(DummyClassifier, strategy="prior")),
    ("random forest", partial(RandomForestClassifier, n_estimators=400, min_samples_leaf=20, n_jobs=-1)),
]


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    args = parser.parse_args(argv)
    train, test = split(load(args.data))
    for name, make in CANDIDATES:
        auc, ap = scored(make, train, test)
        print(f"{name:<18} roc_auc={auc:.3f} ap={ap:.3f}")


if __name__ == "__main__":
    main()
