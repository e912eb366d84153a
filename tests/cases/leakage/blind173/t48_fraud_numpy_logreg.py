"""Fraud scoring with a from-scratch logistic regression (numpy only for the model).

I wrote the optimiser myself to show the mechanics; sklearn is only used for
the metrics. Standardisation statistics and the category vocabulary are
learned on the training split and re-used for the holdout.
"""
import json

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

RNG = np.random.default_rng(0)
NUMERIC = ["amount", "hour", "card_present", "distance_from_home_km",
           "txn_count_24h", "country_mismatch", "card_age_days"]
LOG_COLS = ["amount", "distance_from_home_km", "card_age_days"]


class Featurizer:
    """Learns category vocabulary and mean/std on the rows passed to fit()."""

    def fit(self, df):
        self.categories_ = np.sort(df["merchant_category"].unique())
        num = self._numeric(df)
        self.mean_ = num.mean(axis=0)
        self.std_ = num.std(axis=0) + 1e-9
        return self

    def _numeric(self, df):
        num = df[NUMERIC].to_numpy(dtype=float)
        for j, col in enumerate(NUMERIC):
            if col in LOG_COLS:
                num[:, j] = np.log1p(np.clip(num[:, j], 0, None))
        return np.nan_to_num(num, nan=0.0)

    def transform(self, df):
        num = (self._numeric(df) - self.mean_) / self.std_
        cats = (df["merchant_category"].to_numpy()[:, None] == self.categories_[None, :]).astype(float)
        return np.hstack([np.ones((len(df), 1)), num, cats])


class NumpyLogReg:
    def __init__(self, lr=0.1, l2=1e-3, epochs=300, batch=2048, pos_weight=1.0):
        self.lr, self.l2, self.epochs, self.batch, self.pos_weight = lr, l2, epochs, batch, pos_weight

    @staticmethod
    def _sigmoid(z):
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def fit(self, X, y):
        n, d = X.shape
        self.w = np.zeros(d)
        sample_w = np.where(y == 1, self.pos_weight, 1.0)
        for epoch in range(self.epochs):
            order = RNG.permutation(n)
            for start in range(0, n, self.batch):
                idx = order[start:start + self.batch]
                p = self._sigmoid(X[idx] @ self.w)
                grad = X[idx].T @ ((p - y[idx]) * sample_w[idx]) / len(idx) + self.l2 * self.w
                self.w -= self.lr * grad
            if epoch % 100 == 0:
                p_all = self._sigmoid(X @ self.w)
                print(f"epoch {epoch:4d}  train log loss {log_loss(y, p_all, sample_weight=sample_w):.4f}")
        return self

    def predict_proba(self, X):
        return self._sigmoid(X @ self.w)


def stratified_split(y, test_share=0.2):
    hold = np.zeros(len(y), dtype=bool)
    for cls in (0, 1):
        idx = np.flatnonzero(y == cls)
        RNG.shuffle(idx)
        hold[idx[: int(round(test_share * len(idx)))]] = True
    return ~hold, hold


def main():
    task = json.load(open("task.json"))
    target, id_col = task["target"], task["id_column"]
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    y = train[target].to_numpy()
    print(train.shape, "fraud rate", y.mean().round(4))

    fit_mask, hold_mask = stratified_split(y)
    fit_df, hold_df = train[fit_mask], train[hold_mask]

    feat = Featurizer().fit(fit_df)
    X_fit, X_hold = feat.transform(fit_df), feat.transform(hold_df)
    y_fit, y_hold = y[fit_mask], y[hold_mask]

    pos_weight = (y_fit == 0).sum() / (y_fit == 1).sum()
    model = NumpyLogReg(pos_weight=np.sqrt(pos_weight)).fit(X_fit, y_fit)

    p = model.predict_proba(X_hold)
    p_prior = np.full(len(y_hold), y_fit.mean())
    print("holdout            ROC AUC   PR AUC")
    print(f"prior baseline     {roc_auc_score(y_hold, p_prior):.4f}   {average_precision_score(y_hold, p_prior):.4f}")
    print(f"numpy logreg       {roc_auc_score(y_hold, p):.4f}   {average_precision_score(y_hold, p):.4f}")

    # final: refit featurizer + model on all labelled rows
    feat = Featurizer().fit(train)
    X_all = feat.transform(train)
    model = NumpyLogReg(pos_weight=np.sqrt((y == 0).sum() / (y == 1).sum())).fit(X_all, y)
    pd.DataFrame({id_col: test[id_col], "prediction": model.predict_proba(feat.transform(test))}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
