import warnings

import numpy as np
import pandas as pd
import pmdarima as pm
from pmdarima.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

warnings.filterwarnings("ignore")

DATA_PATH = "data/monthly_champagne_sales.csv"
TEST_MONTHS = 24


def load_sales(path):
    df = pd.read_csv(path, parse_dates=["month"])
    df = df.sort_values("month").set_index("month")
    return df["sales"].asfreq("MS")


def mape(actual, forecast):
    actual, forecast = np.asarray(actual), np.asarray(forecast)
    return 100 * np.mean(np.abs((actual - forecast) / actual))


sales = load_sales(DATA_PATH)
log_sales = np.log(sales)
print(sales.describe())

# --- order selection -------------------------------------------------------
stepwise = pm.auto_arima(
    log_sales,
    start_p=0, start_q=0, max_p=3, max_q=3,
    seasonal=True, m=12,
    start_P=0, start_Q=0, max_P=2, max_Q=2,
    d=None, D=None,
    information_criterion="aic",
    stepwise=True,
    trace=True,
    error_action="ignore",
    suppress_warnings=True,
)
order = stepwise.order
seasonal_order = stepwise.seasonal_order
print(f"chosen order={order} seasonal_order={seasonal_order}")

# --- holdout evaluation -----------------------------------------------------
train_log, test_log = train_test_split(log_sales, test_size=TEST_MONTHS)
arima = pm.ARIMA(order=order, seasonal_order=seasonal_order, suppress_warnings=True)
arima.fit(train_log)

fc_log, conf_int = arima.predict(n_periods=TEST_MONTHS, return_conf_int=True, alpha=0.1)
forecast = np.exp(np.asarray(fc_log))
actual = np.exp(np.asarray(test_log))

last_year = np.exp(np.asarray(train_log)[-12:])
naive = np.tile(last_year, int(np.ceil(TEST_MONTHS / 12)))[:TEST_MONTHS]

print("\n           MAE        RMSE     MAPE")
for label, pred in [("SARIMA", forecast), ("seasonal naive baseline", naive)]:
    mae = mean_absolute_error(actual, pred)
    rmse = np.sqrt(mean_squared_error(actual, pred))
    print(f"{label:>24s} {mae:9.1f} {rmse:10.1f} {mape(actual, pred):7.2f}%")

lower, upper = np.exp(conf_int[:, 0]), np.exp(conf_int[:, 1])
coverage = np.mean((actual >= lower) & (actual <= upper))
print(f"90% interval coverage on the holdout: {coverage:.2%}")
