"""Next-day direction of SPY from strictly past information.

Every feature for day t uses prices up to day t-1 only. Hyperparameters are chosen with
TimeSeriesSplit on the training period; the last 20% of the history is scored once.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_features(px):
    out = pd.DataFrame(index=px.index)
    ret = px["Close"].pct_change()
    out["up"] = (ret > 0).astype(int)
    out["ret"] = ret
    for k in range(1, 6):
        out[f"ret_lag{k}"] = ret.shift(k)
    prev_close = px["Close"].shift(1)
    out["ma_ratio_10"] = prev_close.rolling(10).mean() / prev_close - 1
    out["ma_ratio_50"] = prev_close.rolling(50).mean() / prev_close - 1
    out["volatility_10"] = ret.shift(1).rolling(10).std()
    out["vol_chg_lag1"] = px["Volume"].pct_change().shift(1)
    out["range_lag1"] = ((px["High"] - px["Low"]) / px["Close"]).shift(1)
    out["dow"] = px.index.dayofweek
    return out.dropna()


def main():
    px = pd.read_csv("SPY.csv", parse_dates=["Date"]).sort_values("Date").set_index("Date")
    data = make_features(px)
    features = [c for c in data.columns if c not in ("up", "ret")]

    split = int(len(data) * 0.8)
    train, test = data.iloc[:split], data.iloc[split:]
    print("train:", train.index.min().date(), "->", train.index.max().date())
    print("test :", test.index.min().date(), "->", test.index.max().date())

    search = GridSearchCV(
        make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
        {"logisticregression__C": [0.001, 0.01, 0.1, 1.0]},
        cv=TimeSeriesSplit(n_splits=5), scoring="roc_auc")
    search.fit(train[features], train["up"])
    print("best C:", search.best_params_, "CV AUC:", round(search.best_score_, 4))

    # baseline: always predict the majority direction of the training period
    majority = int(train["up"].mean() >= 0.5)
    base_acc = accuracy_score(test["up"], np.full(len(test), majority))

    proba = search.predict_proba(test[features])[:, 1]
    pred = (proba > 0.5).astype(int)
    print(f"baseline accuracy (always {'up' if majority else 'down'}): {base_acc:.4f}")
    print(f"model accuracy: {accuracy_score(test['up'], pred):.4f}")
    print(f"model ROC AUC : {roc_auc_score(test['up'], proba):.4f}")

    strat = (test["ret"] * pred + 1).cumprod().iloc[-1]
    hold = (test["ret"] + 1).cumprod().iloc[-1]
    print(f"growth of 1$: model {strat:.3f} vs buy&hold {hold:.3f}")


if __name__ == "__main__":
    main()
