"""Churn take-home.

Validation scheme: three consecutive time blocks. Models are compared on the
middle block, the chosen one is scored once on the last block. Customers that
appear in an earlier block are removed from the later ones, so every scored
customer is new to the model.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


class ChurnExperiment:
    target = "churned_next_month"
    leaky = ("retention_offer_accepted", "account_closed_date_known")
    categorical = ("plan", "region", "contract_type")

    def __init__(self, path="train.csv"):
        self.raw = pd.read_csv(path, parse_dates=["snapshot_month"])
        self.dummy_columns = None
        self.results = {}
        self.best_name = None

    def features(self, df):
        X = df.drop(columns=[self.target, "snapshot_id", "customer_id", "snapshot_month",
                             *self.leaky], errors="ignore")
        X = pd.get_dummies(X, columns=list(self.categorical), dtype=float)
        if self.dummy_columns is None:
            self.dummy_columns = list(X.columns)
        return X.reindex(columns=self.dummy_columns, fill_value=0.0).fillna(0.0)

    def blocks(self):
        months = np.sort(self.raw["snapshot_month"].unique())
        c1, c2 = months[-6], months[-3]
        fit = self.raw[self.raw.snapshot_month < c1]
        seen = set(fit.customer_id)
        val = self.raw[(self.raw.snapshot_month >= c1) & (self.raw.snapshot_month < c2)]
        val = val[~val.customer_id.isin(seen)]
        seen |= set(val.customer_id)
        hold = self.raw[self.raw.snapshot_month >= c2]
        hold = hold[~hold.customer_id.isin(seen)]
        return fit, val, hold

    @staticmethod
    def candidates():
        return {
            "baseline": DummyClassifier(strategy="prior"),
            "logreg": make_pipeline(StandardScaler(),
                                    LogisticRegression(max_iter=3000, class_weight="balanced")),
            "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=10,
                                         class_weight="balanced", n_jobs=-1, random_state=0),
            "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300,
                                                  random_state=0),
        }

    def run(self):
        fit, val, hold = self.blocks()
        print("blocks:", len(fit), len(val), len(hold))
        Xf, yf = self.features(fit), fit[self.target]
        Xv, yv = self.features(val), val[self.target]
        for name, model in self.candidates().items():
            model.fit(Xf, yf)
            p = model.predict_proba(Xv)[:, 1]
            self.results[name] = average_precision_score(yv, p)
            print(f"  valid {name:8s} AP={self.results[name]:.4f} AUC={roc_auc_score(yv, p):.4f}")
        self.best_name = max(self.results, key=self.results.get)
        print("chosen on validation:", self.best_name)

        # one look at the last block, with the chosen model refitted on fit + val
        fv = pd.concat([fit, val])
        chosen = self.candidates()[self.best_name].fit(self.features(fv), fv[self.target])
        ph = chosen.predict_proba(self.features(hold))[:, 1]
        print(f"holdout AP={average_precision_score(hold[self.target], ph):.4f} "
              f"AUC={roc_auc_score(hold[self.target], ph):.4f}")

    def submit(self, test_path="test.csv", out="predictions.csv"):
        test = pd.read_csv(test_path, parse_dates=["snapshot_month"])
        final = self.candidates()[self.best_name]
        final.fit(self.features(self.raw), self.raw[self.target])
        pred = final.predict_proba(self.features(test))[:, 1]
        pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv(out, index=False)


if __name__ == "__main__":
    exp = ChurnExperiment()
    exp.run()
    exp.submit()
