"""HR attrition scorecard (logit) – quarterly refresh.

Produces the points table used in the HRBP risk dashboard.
Input: HRIS quarterly extract, one row per employee, label = voluntary exit in next 12 months.
Fit on 70% of employees, report discrimination on the remaining 30%.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, confusion_matrix, log_loss
from sklearn.model_selection import train_test_split

CFG = {
    "extract": "hr/hris_quarterly_extract_2023Q4.csv",
    "target": "vol_exit_12m",
    "vars": ["tenure_lt_2y", "no_promo_3y", "below_band_mid", "high_overtime",
             "low_engagement", "new_manager_6m", "long_commute", "remote_denied"],
    "pdo": 20, "base_score": 600, "base_odds": 50,
}


def flag_features(df):
    out = pd.DataFrame(index=df.index)
    out["tenure_lt_2y"] = (df["tenure_years"] < 2).astype(int)
    out["no_promo_3y"] = (df["months_since_promotion"] > 36).astype(int)
    out["below_band_mid"] = (df["salary"] < df["band_midpoint"]).astype(int)
    out["high_overtime"] = (df["overtime_hours_q"] > 60).astype(int)
    out["low_engagement"] = (df["engagement_score"] < 3.0).astype(int)
    out["new_manager_6m"] = (df["months_with_manager"] < 6).astype(int)
    out["long_commute"] = (df["commute_km"] > 40).astype(int)
    out["remote_denied"] = df["remote_request_denied"].fillna(0).astype(int)
    return out


def to_points(params, cfg):
    factor = cfg["pdo"] / np.log(2)
    return (-params * factor).round(0)


def main():
    hr = pd.read_csv(CFG["extract"])
    print(hr.shape, "exit rate", round(hr[CFG["target"]].mean(), 4))

    X = sm.add_constant(flag_features(hr)[CFG["vars"]])
    y = hr[CFG["target"]]
    X_fit, X_hold, y_fit, y_hold = train_test_split(X, y, test_size=0.3, stratify=y,
                                                    random_state=123)

    logit = sm.Logit(y_fit, X_fit).fit(disp=False)
    print(logit.summary2())

    p_hold = logit.predict(X_hold)
    prior = np.full(len(y_hold), y_fit.mean())
    print("holdout log loss, prior only:", round(log_loss(y_hold, prior), 4))
    print("holdout log loss, scorecard: ", round(log_loss(y_hold, p_hold), 4))
    print("holdout AUC:", round(roc_auc_score(y_hold, p_hold), 4))
    print("holdout Gini:", round(2 * roc_auc_score(y_hold, p_hold) - 1, 4))
    print(confusion_matrix(y_hold, (p_hold > 0.25).astype(int)))

    points = to_points(logit.params.drop("const"), CFG)
    print("\nScorecard points:\n", points.sort_values())
    points.to_csv("hr/attrition_scorecard_points.csv")


if __name__ == "__main__":
    main()
