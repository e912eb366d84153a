"""Region x category monthly units -- statistical forecasting with statsforecast.

Candidates: AutoETS, AutoARIMA, AutoTheta and a seasonal naive. Three windows:
  * months -12..-7: validation window, used to choose the model (fit on everything before it)
  * months  -6..-1: test window, scored once with the chosen model (fit on everything before it)
then the chosen model is refit on all months for the submission.
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
    val_start = test_start - pd.DateOffset(months=H)
    Y_dev = Y[Y["ds"] < test_start]
    Y_test = Y[Y["ds"] >= test_start]

    # 1) choose on the validation window
    sf = StatsForecast(models=MODELS, freq="MS", n_jobs=-1)
    fc_val = sf.forecast(df=Y_dev[Y_dev["ds"] < val_start], h=H)
    res_val = Y_dev[Y_dev["ds"] >= val_start].merge(fc_val, on=["unique_id", "ds"], how="left")
    table = pd.DataFrame({
        n: {"MAE": float(np.mean(np.abs(res_val["y"] - res_val[n]))),
            "sMAPE": smape(res_val["y"].to_numpy(), res_val[n].to_numpy())}
        for n in NAMES
    }).T.sort_values("MAE")
    print("validation window:")
    print(table.round(4))
    best = table.index[0]
    print(f"chosen on validation: {best}")

    # 2) score the chosen model (and the seasonal naive reference) once on the test window
    chosen = MODELS[NAMES.index(best)]
    test_models = [chosen] if best == "SeasonalNaive" else [chosen, SeasonalNaive(season_length=12)]
    fc_test = StatsForecast(models=test_models, freq="MS", n_jobs=-1).forecast(df=Y_dev, h=H)
    res = Y_test.merge(fc_test, on=["unique_id", "ds"], how="left")
    test_mae = float(np.mean(np.abs(res["y"] - res[best])))
    naive_mae = float(np.mean(np.abs(res["y"] - res["SeasonalNaive"])))
    print(f"test MAE = {test_mae:.3f}  (seasonal naive {naive_mae:.3f})")
    with open("metrics.json", "w") as fh:
        json.dump({"neg_mean_absolute_error": -test_mae}, fh)

    # submission: refit the chosen model on all months
    final = StatsForecast(models=[chosen], freq="MS", n_jobs=-1).forecast(df=Y, h=H)
    final = final.rename(columns={best: "prediction"})
    final["prediction"] = final["prediction"].clip(lower=0)
    sub = test.merge(final, on=["unique_id", "ds"], how="left")[["row_id", "prediction"]]
    sub.to_csv("predictions.csv", index=False)
    print(sub.describe())


if __name__ == "__main__":
    main()
