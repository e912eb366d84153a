# credit default - feature selection + logistic regression
# run: python n05_credit_trainer_selectkbest_before_cv.py
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
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


def build_frame(path="train.csv"):
    df = pd.read_csv(path)
    df["loan_to_income"] = df["loan_amount"] / (df["annual_income"] + 1)
    df["installment"] = df["loan_amount"] * (df["interest_rate"] / 1200) / (
        1 - (1 + df["interest_rate"] / 1200) ** (-df["loan_term_months"])
    )
    df["installment_to_income"] = 12 * df["installment"] / (df["annual_income"] + 1)
    df["young"] = (df["age"] < 25).astype(int)
    df = pd.get_dummies(df, columns=["home_ownership", "purpose", "region", "education"],
                        drop_first=True, dtype=float)
    df = df.drop(columns=["occupation"])
    return df


class Trainer:
    def __init__(self, cfg: TrainConfig):
        self.cfg = cfg
        self.selected_ = None

    def select_features(self, X, y):
        sel = SelectKBest(score_func=lambda a, b: mutual_info_classif(a, b, random_state=self.cfg.seed),
                          k=self.cfg.k_features)
        sel.fit(X.fillna(0), y)
        self.selected_ = list(X.columns[sel.get_support()])
        scores = pd.Series(sel.scores_, index=X.columns).sort_values(ascending=False)
        print("top MI scores:\n", scores.head(10).round(4))
        return X[self.selected_]

    def model(self):
        return make_pipeline(StandardScaler(), LogisticRegression(C=self.cfg.C, max_iter=3000))

    def cross_validate(self, X, y):
        cv = StratifiedKFold(self.cfg.folds, shuffle=True, random_state=self.cfg.seed)
        scoring = {"auc": "roc_auc", "ap": "average_precision", "logloss": "neg_log_loss"}
        out = {}
        out["baseline"] = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=scoring)
        out["logreg"] = cross_validate(self.model(), X, y, cv=cv, scoring=scoring)
        return out


def summarize(cv_out):
    rows = []
    for name, res in cv_out.items():
        rows.append({
            "model": name,
            "auc": np.mean(res["test_auc"]),
            "auc_sd": np.std(res["test_auc"]),
            "ap": np.mean(res["test_ap"]),
            "logloss": -np.mean(res["test_logloss"]),
        })
    return pd.DataFrame(rows).set_index("model").round(4)


def main():
    cfg = TrainConfig()
    df = build_frame()
    y = df.pop("default_flag")
    ids = df.pop("applicant_id")
    df = df.drop(columns=["recovery_amount", "collection_status"])
    df = df.fillna(0)
    print("rows", len(df), "candidate features", df.shape[1])

    trainer = Trainer(cfg)
    X_sel = trainer.select_features(df, y)
    print("kept:", trainer.selected_)

    res = trainer.cross_validate(X_sel, y)
    table = summarize(res)
    print(table)

    # try a couple of k values to see if 20 is reasonable
    for k in (10, 30):
        cfg_k = TrainConfig(k_features=k)
        t = Trainer(cfg_k)
        Xk = t.select_features(df, y)
        r = t.cross_validate(Xk, y)
        print(f"k={k}: AUC {np.mean(r['logreg']['test_auc']):.4f}")

    final = trainer.model().fit(X_sel, y)
    test = build_frame("test.csv").fillna(0)
    test_X = test.reindex(columns=trainer.selected_, fill_value=0)
    pd.DataFrame({"applicant_id": test["applicant_id"],
                  "prediction": final.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
    print("done; ids in train:", ids.nunique())


if __name__ == "__main__":
    main()
