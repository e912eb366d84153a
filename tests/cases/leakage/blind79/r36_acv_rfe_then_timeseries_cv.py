"""ACV model with recursive feature elimination.

Steps
1. one-hot + numeric design matrix
2. RFE with a gradient-boosting regressor down to 15 features
3. walk-forward CV (TimeSeriesSplit) against a median DummyRegressor
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_validate

N_FEATURES = 15


def design(frame, columns=None):
    base = frame[["employee_count", "seats_requested", "n_stakeholders", "n_meetings_first_30d",
                  "competitor_flag", "partner_sourced", "list_price_usd"]].fillna(0)
    base = base.assign(log_emp=np.log1p(base["employee_count"]),
                       price_per_seat=base["list_price_usd"] / base["seats_requested"].clip(lower=1),
                       quarter=frame["created_date"].dt.quarter)
    oh = pd.get_dummies(frame[["segment", "industry", "region", "product_tier", "lead_source"]], dtype=float)
    out = pd.concat([base, oh], axis=1)
    return out if columns is None else out.reindex(columns=columns, fill_value=0.0)


def main():
    train = pd.read_csv("train.csv", parse_dates=["created_date"]).sort_values("created_date")
    test = pd.read_csv("test.csv", parse_dates=["created_date"])
    X = design(train)
    y = np.log1p(train["acv_usd"])
    print("candidate features:", X.shape[1])

    rfe = RFE(GradientBoostingRegressor(n_estimators=150, max_depth=3, random_state=0),
              n_features_to_select=N_FEATURES, step=3)
    rfe.fit(X, y)
    selected = list(X.columns[rfe.support_])
    print("selected:", selected)

    cv = TimeSeriesSplit(n_splits=5)
    scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}
    gbr = GradientBoostingRegressor(n_estimators=400, learning_rate=0.05, max_depth=3,
                                    subsample=0.8, random_state=0)
    res_model = cross_validate(gbr, X[selected], y, cv=cv, scoring=scoring)
    res_dummy = cross_validate(DummyRegressor(strategy="median"), X[selected], y, cv=cv, scoring=scoring)

    print("\nwalk-forward CV (log ACV)")
    print(f"  GBR   MAE {-res_model['test_mae'].mean():.4f}  R2 {res_model['test_r2'].mean():.3f}")
    print(f"  dummy MAE {-res_dummy['test_mae'].mean():.4f}  R2 {res_dummy['test_r2'].mean():.3f}")
    for i, (a, b) in enumerate(zip(res_model["test_mae"], res_dummy["test_mae"])):
        print(f"  fold {i}: gbr {-a:.4f} vs dummy {-b:.4f}")

    gbr.fit(X[selected], y)
    Xt = design(test, X.columns)[selected]
    pd.DataFrame({"opportunity_id": test["opportunity_id"], "prediction": np.expm1(gbr.predict(Xt))}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
