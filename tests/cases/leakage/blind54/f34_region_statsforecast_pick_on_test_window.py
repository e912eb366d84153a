"""Region x category monthly units -- statistical forecasting with statsforecast.

Candidates: AutoETS, AutoARIMA, AutoTheta and a seasonal naive. The final 6 months of
history are the test window: every candidate is fitted on the months before it, scored on
it, and the best one is used for the submission.
"""
import json

import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoARIMA, AutoETS, AutoTheta, SeasonalNaive

H = 6
MODELS = [
    AutoETS(season_length=12),
    AutoARIMA(season_length=12),
    AutoTheta(season_length=12),
    SeasonalNaive(season_length=12),
]
NAMES = ["AutoETS", "AutoARIMA", "AutoTheta", "SeasonalNaive"]


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d["ds"] = pd.to_datetime(d["month"])  # first day of month
        d["unique_id"] = d["region"] + "__" + d["category"]
    Y = tr.rename(columns={"units": "y"})[["unique_id", "ds", "y"]].sort_values(["unique_id", "ds"])
    return tr, te, Y


def smape(y, p):
    return float(np.mean(2 * np.abs(y - p) / (np.abs(y) + np.abs(p) + 1e-9)))


def main():
    train, test, Y = load()
    print(Y["unique_id"].nunique(), "series,", Y["ds"].nunique(), "months")

    test_start = Y["ds"].max() - pd.DateOffset(months=H - 1)
    Y_fit = Y[Y["ds"] < test_start]
    Y_test = Y[Y["ds"] >= test_start]

    sf = StatsForecast(models=MODELS, freq="MS", n_jobs=-1)
    fc = sf.forecast(df=Y_fit, h=H)
    res = Y_test.merge(fc, on=["unique_id", "ds"], how="left")

    table = pd.DataFrame({
        n: {"MAE": float(np.mean(np.abs(res["y"] - res[n]))), "sMAPE": smape(res["y"].to_numpy(), res[n].to_numpy())}
        for n in NAMES
    }).T.sort_values("MAE")
    print(table.round(4))

    best = table.index[0]
    test_mae = table.loc[best, "MAE"]
    print(f"best model on the test window: {best}")
    print(f"test MAE = {test_mae:.3f}  (seasonal naive {table.loc['SeasonalNaive', 'MAE']:.3f})")
    with open("metrics.json", "w") as fh:
        json.dump({"neg_mean_absolute_error": -test_mae}, fh)

    # submission: refit the chosen model on all months
    chosen = MODELS[NAMES.index(best)]
    final = StatsForecast(models=[chosen], freq="MS", n_jobs=-1).forecast(df=Y, h=H)
    final = final.rename(columns={best: "prediction"})
    final["prediction"] = final["prediction"].clip(lower=0)
    sub = test.merge(final, on=["unique_id", "ds"], how="left")[["row_id", "prediction"]]
    sub.to_csv("predictions.csv", index=False)
    print(sub.describe())


if __name__ == "__main__":
    main()
