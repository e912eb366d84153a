# credit default - feature selection + logistic regression
# selection lives inside the pipeline so each fold picks its own features
import warnings
from dataclasses import dataclass
from functools import partial

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

warnings.filterwarnings("ignore")


@dataclass
class TrainConfig:
    k_features: int = 20
    C: float = 0.3
    folds: int = 5
    seed: int = 11


DROP = ["applicant_id", "default_flag", "recovery_amount", "collection_status", "occupation"]


def build_frame(path="train.csv"):
    df = pd.read_csv(path)
    df["loan_to_income"] = df["loan_amount"] / (df["annual_income"] + 1)
    r = df["interest_rate"] / 1200
    df["installment"] = df["loan_amount"] * r / (1 - (1 + r) ** (-df["loan_term_months"]))
    df["installment_to_income"] = 12 * df["installment"] / (df["annual_income"] + 1)
    df["young"] = (df["age"] < 25).astype(int)
    df = pd.get_dummies(df, columns=["home_ownership", "purpose", "region", "education"],
                        drop_first=True, dtype=float)
    return df


class Trainer:
    def __init__(self, cfg: TrainConfig):
        self.cfg = cfg

    def pipeline(self):
        mi = partial(mutual_info_classif, random_state=self.cfg.seed)
        return Pipeline([
            ("scale", StandardScaler()),
            ("select", SelectKBest(score_func=mi, k=self.cfg.k_features)),
            ("clf", LogisticRegression(C=self.cfg.C, max_iter=3000)),
        ])

    def evaluate(self, X, y):
        cv = StratifiedKFold(self.cfg.folds, shuffle=True, random_state=self.cfg.seed)
        scoring = {"auc": "roc_auc", "ap": "average_precision", "logloss": "neg_log_loss"}
        return {
            "baseline": cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring),
            "logreg_kbest": cross_validate(self.pipeline(), X, y, cv=cv, scoring=scoring,
                                           return_estimator=True),
        }


def summarize(cv_out):
    rows = []
    for name, res in cv_out.items():
        rows.append({"model": name,
                     "auc": np.mean(res["test_auc"]), "auc_sd": np.std(res["test_auc"]),
                     "ap": np.mean(res["test_ap"]), "logloss": -np.mean(res["test_logloss"])})
    return pd.DataFrame(rows).set_index("model").round(4)


def main():
    cfg = TrainConfig()
    df = build_frame()
    y = df["default_flag"]
    X = df.drop(columns=[c for c in DROP if c in df.columns]).fillna(0)
    print("rows", len(X), "candidate features", X.shape[1])

    trainer = Trainer(cfg)
    res = trainer.evaluate(X, y)
    print(summarize(res))

    # how stable is the selection across folds?
    picks = pd.Series(0, index=X.columns)
    for est in res["logreg_kbest"]["estimator"]:
        picks[X.columns[est.named_steps["select"].get_support()]] += 1
    print("selected in every fold:", list(picks[picks == cfg.folds].index))

    # final model on all labelled rows for the submission; the CV table above is the estimate
    final = trainer.pipeline().fit(X, y)
    test = build_frame("test.csv")
    test_X = test.reindex(columns=X.columns, fill_value=0).fillna(0)
    pd.DataFrame({"applicant_id": test["applicant_id"],
                  "prediction": final.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
    print("predictions written:", len(test_X))


if __name__ == "__main__":
    main()
