"""Weekly support-volume forecast for the staffing model.

Support Ops / WFM. Predicts total contacts (chat + email + phone) per day,
evaluated on the most recent 12 weeks. Window features end the day before.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

CONFIG = {
    "contacts": "support/contacts_daily_by_channel.csv",
    "holdout_weeks": 12,
    "alpha": 3.0,
}


def load_daily(path):
    raw = pd.read_csv(path, parse_dates=["contact_date"])
    daily = (raw.assign(total=raw[["chat", "email", "phone"]].sum(axis=1))
                .set_index("contact_date")
                .sort_index())
    return daily


def make_features(daily):
    f = pd.DataFrame(index=daily.index)
    f["dow"] = daily.index.dayofweek
    f["is_monday"] = (f["dow"] == 0).astype(int)
    f["week_of_year"] = daily.index.isocalendar().week.astype(int)
    f["release"] = daily["release_flag"]
    f["outage"] = daily["status_page_incident"]
    past = daily["total"].shift(1)
    f["avg_7d"] = past.rolling(7).mean()
    f["avg_28d"] = past.rolling(28).mean()
    f["same_day_last_week"] = daily["total"].shift(7)
    f = pd.get_dummies(f, columns=["dow"], drop_first=True)
    return f


def main():
    daily = load_daily(CONFIG["contacts"])
    print(daily["total"].describe())

    feats = make_features(daily).dropna()
    target = daily.loc[feats.index, "total"]

    split_at = feats.index.max() - pd.Timedelta(weeks=CONFIG["holdout_weeks"])
    X_tr, y_tr = feats[feats.index <= split_at], target[feats.index <= split_at]
    X_te, y_te = feats[feats.index > split_at], target[feats.index > split_at]
    print("train until", split_at.date(), "|", len(X_te), "evaluation days")

    model = make_pipeline(StandardScaler(), Ridge(alpha=CONFIG["alpha"]))
    model.fit(X_tr, y_tr)
    pred = model.predict(X_te)

    naive = X_te["same_day_last_week"]
    print("seasonal naive MAE:", round(mean_absolute_error(y_te, naive), 1))
    print("ridge MAE:         ", round(mean_absolute_error(y_te, pred), 1))
    wape = np.abs(y_te - pred).sum() / y_te.sum()
    print("ridge WAPE:        ", round(wape, 4))


if __name__ == "__main__":
    main()
