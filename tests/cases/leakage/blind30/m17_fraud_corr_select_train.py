"""Fraud: correlation screening on the training split, LightGBM with early stopping on validation."""
from dataclasses import dataclass

import lightgbm as lgb
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split


@dataclass
class Config:
    seed: int = 17
    top_k: int = 10
    test_size: float = 0.2
    valid_size: float = 0.2


def engineer(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(
        pl.col("card_present", "country_mismatch").cast(pl.Float64),
        pl.col("amount").log1p().alias("f_log_amount"),
        (pl.col("amount") / (pl.col("avg_amount_card_30d") + 1)).alias("f_amt_ratio"),
        (pl.col("amount") - pl.col("avg_amount_card_30d")).alias("f_amt_diff"),
        (pl.col("hour_of_day") < 6).cast(pl.Float64).alias("f_night"),
        (pl.col("device_age_days") < 2).cast(pl.Float64).alias("f_new_device"),
        pl.col("n_tx_card_24h").log1p().alias("f_log_ntx"),
        (pl.col("n_tx_card_24h") * pl.col("country_mismatch")).alias("f_ntx_x_mismatch"),
        (pl.col("channel") == "web").cast(pl.Float64).alias("f_web"),
    )


def screen(train: pl.DataFrame, candidates: list[str], k: int) -> list[str]:
    scores = train.select([pl.corr(c, "is_fraud").abs().alias(c) for c in candidates]).row(0, named=True)
    ranked = sorted(scores, key=lambda c: -(scores[c] or 0.0))
    return ranked[:k]


def run(cfg: Config) -> None:
    df = engineer(pl.read_csv("train.csv"))
    candidates = [c for c in df.columns if c.startswith("f_")] + ["card_present", "country_mismatch",
                                                                   "hour_of_day", "device_age_days"]
    idx = list(range(df.height))
    y_all = df["is_fraud"].to_numpy()
    dev_idx, test_idx = train_test_split(idx, test_size=cfg.test_size, stratify=y_all, random_state=cfg.seed)
    tr_idx, va_idx = train_test_split(dev_idx, test_size=cfg.valid_size, stratify=y_all[dev_idx],
                                      random_state=cfg.seed)
    train, valid, test = df[tr_idx], df[va_idx], df[test_idx]

    feats = screen(train, candidates, cfg.top_k)
    print("kept:", feats)

    model = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.02, num_leaves=15,
                               min_child_samples=40, random_state=cfg.seed, verbose=-1)
    model.fit(
        train.select(feats).to_pandas(), train["is_fraud"].to_numpy(),
        eval_set=[(valid.select(feats).to_pandas(), valid["is_fraud"].to_numpy())],
        eval_metric="average_precision",
        callbacks=[lgb.early_stopping(100, verbose=False)],
    )
    print("best iteration:", model.best_iteration_)

    dummy = DummyClassifier(strategy="prior").fit(train.select(feats).to_pandas(), train["is_fraud"].to_numpy())
    X_te, y_te = test.select(feats).to_pandas(), test["is_fraud"].to_numpy()
    for name, est in (("dummy", dummy), ("lgbm", model)):
        p = est.predict_proba(X_te)[:, 1]
        print(f"{name:6s} test roc_auc={roc_auc_score(y_te, p):.3f} pr_auc={average_precision_score(y_te, p):.3f}")


if __name__ == "__main__":
    run(Config())
