"""Ticket escalation: walk-forward validation with TimeSeriesSplit.

The tickets are ordered by creation time and each fold trains on the past and
validates on the following block, like the model would be used in production.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.metrics import accuracy_score

PRIO = {"low": 0, "medium": 1, "high": 2, "urgent": 3}
TIERS = {"free": 0, "starter": 1, "pro": 2, "enterprise": 3}


@dataclass
class CVConfig:
    n_splits: int = 5
    gap: int = 0
    seed: int = 4


class FeatureBuilder:
    def __init__(self):
        self.columns_ = None

    def build(self, df):
        df = df.copy()
        by_cust = df.groupby("customer_id")
        out = pd.DataFrame(index=df.index)
        out["priority"] = df["priority"].map(PRIO).fillna(1)
        out["tier"] = df["plan_tier"].map(TIERS).fillna(0)
        out["is_phone"] = (df["channel"] == "phone").astype(int)
        out["is_chat"] = (df["channel"] == "chat").astype(int)
        out["body_len"] = np.log1p(df["body_len"].fillna(0))
        out["attachments"] = df["num_attachments"].fillna(0)
        out["tenure"] = df["customer_tenure_days"].fillna(0)
        out["hour"] = df["created_at"].dt.hour
        out["n_prior"] = by_cust.cumcount()
        out["days_since_last"] = by_cust["created_at"].diff().dt.days.fillna(-1)
        out["prior_max_priority"] = out.groupby(df["customer_id"])["priority"].transform(
            lambda s: s.shift(1).cummax()).fillna(-1)
        out = pd.get_dummies(out.join(df[["product"]]), columns=["product"], dtype=int)
        self.columns_ = list(out.columns)
        return out


class Trainer:
    def __init__(self, cfg: CVConfig):
        self.cfg = cfg

    def models(self):
        return {
            "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1,
                                         random_state=self.cfg.seed),
            "extra_trees": ExtraTreesClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1,
                                                random_state=self.cfg.seed),
        }

    def walk_forward(self, X, y):
        tscv = TimeSeriesSplit(n_splits=self.cfg.n_splits, gap=self.cfg.gap)
        results = {name: [] for name in self.models()}
        for fold, (tr, va) in enumerate(tscv.split(X)):
            for name, model in self.models().items():
                model.fit(X.iloc[tr], y.iloc[tr])
                acc = accuracy_score(y.iloc[va], model.predict(X.iloc[va]))
                results[name].append(acc)
            print(f"fold {fold}: train={len(tr):6d} valid={len(va):6d} "
                  + " ".join(f"{n}={results[n][-1]:.4f}" for n in results))
        return pd.DataFrame(results)


def main():
    cfg = CVConfig()
    df = pd.read_csv("train.csv", parse_dates=["created_at"])
    df = df.sort_values("created_at").reset_index(drop=True)
    X = FeatureBuilder().build(df)
    y = df["escalated"]
    print(X.shape, "positives:", int(y.sum()))

    trainer = Trainer(cfg)
    fold_acc = trainer.walk_forward(X, y)
    print("\nmean accuracy per model:")
    print(fold_acc.agg(["mean", "std"]).T.round(4))

    best = fold_acc.mean().idxmax()
    print("using", best)
    model = trainer.models()[best].fit(X, y)

    test = pd.read_csv("test.csv", parse_dates=["created_at"])
    allt = pd.concat([df.drop(columns=["escalated", "resolution_hours", "reopened_count"]), test],
                     ignore_index=True).sort_values("created_at")
    F = FeatureBuilder().build(allt).reindex(columns=X.columns, fill_value=0)
    F = F.loc[allt["ticket_id"].isin(test["ticket_id"]).values]
    ids = allt.loc[allt["ticket_id"].isin(test["ticket_id"]), "ticket_id"]
    pd.DataFrame({"ticket_id": ids.values, "prediction": model.predict_proba(F)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
