"""
Escalation prediction with CatBoost.

* features: ticket metadata + customer history from earlier tickets (shifted)
* split: train on tickets before the cutoff; test on later tickets of customers with no earlier ticket
* early stopping keeps CatBoost from overfitting
"""
import numpy as np
import pandas as pd
from dataclasses import dataclass, field
from catboost import CatBoostClassifier, Pool
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score


@dataclass
class RunConfig:
    cutoff: str = "2024-05-01"
    cat_cols: list = field(default_factory=lambda: ["channel", "product", "priority", "plan_tier", "agent_team"])
    num_cols: list = field(default_factory=lambda: ["body_len", "num_attachments", "customer_tenure_days",
                                                    "hour", "weekday", "n_prev", "days_since_prev",
                                                    "prev_priority_urgent"])
    iterations: int = 3000
    lr: float = 0.03
    seed: int = 21


class TicketFeatures:
    def fit_transform(self, df):
        df = df.sort_values(["customer_id", "created_at"]).copy()
        g = df.groupby("customer_id")
        df["hour"] = df["created_at"].dt.hour
        df["weekday"] = df["created_at"].dt.weekday
        df["n_prev"] = g.cumcount()
        df["days_since_prev"] = g["created_at"].diff().dt.total_seconds().div(86400).fillna(-1)
        df["prev_priority_urgent"] = g["priority"].shift(1).eq("urgent").astype(int)
        for c in ["channel", "product", "priority", "plan_tier", "agent_team"]:
            df[c] = df[c].fillna("NA").astype(str)
        return df.sort_index()


class EscalationModel:
    def __init__(self, cfg: RunConfig):
        self.cfg = cfg
        self.model = CatBoostClassifier(iterations=cfg.iterations, learning_rate=cfg.lr, depth=6,
                                        eval_metric="AUC", random_seed=cfg.seed, verbose=250,
                                        od_type="Iter", od_wait=150, use_best_model=True)

    def cols(self):
        return self.cfg.cat_cols + self.cfg.num_cols

    def pool(self, df, with_label=True):
        return Pool(df[self.cols()], df["escalated"] if with_label else None, cat_features=self.cfg.cat_cols)

    def fit(self, train, monitor):
        self.model.fit(self.pool(train), eval_set=self.pool(monitor))
        print("best iteration:", self.model.get_best_iteration())
        return self

    def predict(self, df):
        return self.model.predict_proba(df[self.cols()])[:, 1]


cfg = RunConfig()
df = pd.read_csv("train.csv", parse_dates=["created_at"])
df = TicketFeatures().fit_transform(df)

cutoff = pd.Timestamp(cfg.cutoff)
train = df[df["created_at"] < cutoff]
test = df[(df["created_at"] >= cutoff) & ~df["customer_id"].isin(train["customer_id"])]
print(f"train={len(train)} test={len(test)} test_customers={test['customer_id'].nunique()}")

model = EscalationModel(cfg).fit(train, test)
p = model.predict(test)

base = DummyClassifier(strategy="prior").fit(train[model.cols()], train["escalated"])
p0 = base.predict_proba(test[model.cols()])[:, 1]

summary = pd.DataFrame({
    "baseline": [roc_auc_score(test["escalated"], p0), average_precision_score(test["escalated"], p0)],
    "catboost": [roc_auc_score(test["escalated"], p), average_precision_score(test["escalated"], p)],
}, index=["roc_auc", "average_precision"]).round(4)
print(summary)

fi = pd.Series(model.model.get_feature_importance(), index=model.cols()).sort_values(ascending=False)
print(fi.head(10))

sub_raw = pd.read_csv("test.csv", parse_dates=["created_at"])
hist = pd.concat([pd.read_csv("train.csv", parse_dates=["created_at"])[sub_raw.columns], sub_raw],
                 ignore_index=True)
hist = TicketFeatures().fit_transform(hist).iloc[-len(sub_raw):]
pd.DataFrame({"ticket_id": hist["ticket_id"].values, "prediction": model.predict(hist)}).to_csv(
    "predictions.csv", index=False)
