"""Email-campaign response take-home: P(responded) per send.

Configuration is bound with functools.partial and forwarded with **kwargs.
Evaluation trains on sends before a cutoff date and scores the sends after it.
"""
import argparse
from functools import partial, reduce

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "responded"
FEATURES = ["customer_tenure_days", "past_opens_90d", "past_clicks_90d", "subject_len",
            "discount_pct", "send_hour", "send_dow", "seg_code"]


def add_calendar(frame):
    return frame.assign(send_dow=frame["send_date"].dt.dayofweek)


def add_segment_code(frame, mapping={"new": 0, "active": 1, "lapsed": 2, "vip": 3}):
    return frame.assign(seg_code=frame["segment"].map(mapping).fillna(-1))


def fill_discount(frame):
    return frame.assign(discount_pct=frame["discount_pct"].fillna(0.0))


def load(path, steps=(add_calendar, add_segment_code, fill_discount)):
    raw = pd.read_csv(path, parse_dates=["send_date"])
    return reduce(lambda acc, step: step(acc), steps, raw)


def before_after(frame, cutoff):
    return frame[frame["send_date"] < cutoff], frame[frame["send_date"] >= cutoff]


def train_model(frame, **params):
    return HistGradientBoostingClassifier(**params).fit(frame[FEATURES], frame[TARGET])


def score(model, frame):
    p = model.predict_proba(frame[FEATURES])[:, 1]
    return {"roc_auc": roc_auc_score(frame[TARGET], p), "avg_precision": average_precision_score(frame[TARGET], p)}


def experiment(path, cutoff, **params):
    train, test = before_after(load(path), pd.Timestamp(cutoff))
    return {"gbm": score(train_model(train, **params), test)}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--cutoff", default="2024-04-01")
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--depth", type=int, default=None)
    args = parser.parse_args(argv)
    run = partial(experiment, args.data, args.cutoff, learning_rate=args.lr, max_iter=400)
    print(run(max_depth=args.depth))


if __name__ == "__main__":
    main()
