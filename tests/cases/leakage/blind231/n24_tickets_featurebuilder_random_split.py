"""Support ticket escalation - will a new ticket get escalated?

FeatureBuilder turns the raw ticket log into model features, Trainer fits LightGBM,
Evaluator reports ranking metrics.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from dataclasses import dataclass
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve


@dataclass
class Config:
    path: str = "train.csv"
    target: str = "escalated"
    test_size: float = 0.2
    seed: int = 13


PRIORITY = {"low": 0, "medium": 1, "high": 2, "urgent": 3}


class FeatureBuilder:
    cat_cols = ["channel", "product", "plan_tier", "agent_team"]

    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.sort_values(["customer_id", "created_at"]).copy()
        g = df.groupby("customer_id", sort=False)
        feats = pd.DataFrame(index=df.index)
        feats["priority_num"] = df["priority"].map(PRIORITY).fillna(1)
        feats["hour"] = df["created_at"].dt.hour
        feats["weekday"] = df["created_at"].dt.weekday
        feats["is_weekend"] = (feats["weekday"] >= 5).astype(int)
        feats["subject_len"] = df["subject"].fillna("").str.len()
        feats["subject_has_refund"] = df["subject"].fillna("").str.contains("refund|charge", case=False).astype(int)
        feats["body_len"] = df["body_len"]
        feats["num_attachments"] = df["num_attachments"]
        feats["tenure_days"] = df["customer_tenure_days"]
        # customer history up to (not including) this ticket
        feats["prior_tickets"] = g.cumcount()
        feats["days_since_prev"] = g["created_at"].diff().dt.total_seconds().div(86400).fillna(-1)
        feats["prior_mean_priority"] = (feats["priority_num"].groupby(df["customer_id"])
                                        .transform(lambda s: s.shift().expanding().mean())).fillna(-1)
        for c in self.cat_cols:
            feats[c] = df[c].astype("category")
        return feats.loc[df.index]


class Trainer:
    def __init__(self, seed):
        self.model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=63,
                                        min_child_samples=30, colsample_bytree=0.8,
                                        subsample=0.8, subsample_freq=1,
                                        random_state=seed, verbose=-1)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def proba(self, X):
        return self.model.predict_proba(X)[:, 1]


class Evaluator:
    @staticmethod
    def report(y, p, label="model"):
        auc, ap = roc_auc_score(y, p), average_precision_score(y, p)
        prec, rec, _ = precision_recall_curve(y, p)
        r_at_p50 = rec[prec >= 0.5].max() if (prec >= 0.5).any() else 0.0
        print(f"[{label}] AUC={auc:.4f}  AP={ap:.4f}  recall@precision50={r_at_p50:.3f}")
        return {"auc": auc, "ap": ap}


def main(cfg=Config()):
    df = pd.read_csv(cfg.path, parse_dates=["created_at"])
    print(df.shape, "escalation rate", round(df[cfg.target].mean(), 3))
    fb = FeatureBuilder()
    X = fb.build(df)
    y = df.loc[X.index, cfg.target]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=cfg.test_size,
                                              stratify=y, random_state=cfg.seed)
    trainer = Trainer(cfg.seed).fit(X_tr, y_tr)
    Evaluator.report(y_te, trainer.proba(X_te), "lgbm")

    imp = pd.Series(trainer.model.booster_.feature_importance("gain"), index=X.columns)
    print(imp.sort_values(ascending=False).head(10).round(0))

    # submission
    test = pd.read_csv("test.csv", parse_dates=["created_at"])
    hist = pd.concat([df.drop(columns=[cfg.target, "resolution_hours", "reopened_count"]), test],
                     ignore_index=True)
    F = fb.build(hist)
    F_test = F.loc[hist.index[len(df):]]
    pd.DataFrame({"ticket_id": test["ticket_id"].values,
                  "prediction": trainer.proba(F_test)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
